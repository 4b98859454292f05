<?xml version="1.0" encoding="UTF-8"?>
<!--
  The persons of the edition (persons.html): every person mentioned anywhere, with the
  register's description and every place (document, paragraph or note) that mentions them,
  each linked to the mention's anchor on the document page.

  Source tree: the cw:edition wrapper (see html-index.xsl); parameter $register.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:cw="urn:tei-coldwar:render"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>
  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/cw:edition">
    <xsl:variable name="mentions" select="cw:doc//tei:persName[not(ancestor::tei:persName)]
        [ancestor::tei:text or ancestor::tei:correspDesc or ancestor::tei:titleStmt/tei:author]"/>
    <html lang="en">
      <xsl:call-template name="cw:html-head">
        <xsl:with-param name="title" select="$edition-title || ': persons'"/>
      </xsl:call-template>
      <body class="register-page">
        <xsl:call-template name="cw:site-header">
          <xsl:with-param name="current" select="'persons'"/>
        </xsl:call-template>
        <main id="main" tabindex="-1">
          <h1>Persons</h1>
          <p class="lead">Everyone the documents name, with the places that mention them.</p>
          <xsl:variable name="groups" as="element(group)*">
            <xsl:for-each-group select="$mentions" group-by="cw:person-key(., string(ancestor::cw:doc/@stem))">
              <xsl:variable name="entry" select="cw:person-entry(.)"/>
              <group key="{current-grouping-key()}"
                     sort="{cw:person-sort($entry, normalize-space(.))}">
                <xsl:sequence select="current-group() ! cw:mention-ref(.)"/>
              </group>
            </xsl:for-each-group>
          </xsl:variable>
          <xsl:variable name="letters" select="distinct-values($groups ! upper-case(substring(@sort, 1, 1)))"/>
          <nav class="letters" aria-label="Persons by initial">
            <ul>
              <xsl:for-each select="sort($letters)">
                <li><a href="#letter-{cw:slug(.)}"><xsl:value-of select="."/></a></li>
              </xsl:for-each>
            </ul>
          </nav>
          <xsl:for-each-group select="$groups" group-by="upper-case(substring(@sort, 1, 1))">
            <xsl:sort select="current-grouping-key()"/>
            <section class="letter-group" aria-labelledby="letter-{cw:slug(current-grouping-key())}">
              <h2 id="letter-{cw:slug(current-grouping-key())}"><xsl:value-of select="current-grouping-key()"/></h2>
              <xsl:for-each select="current-group()">
                <xsl:sort select="@sort"/>
                <xsl:call-template name="cw:person-entry-html">
                  <xsl:with-param name="key" select="string(@key)"/>
                  <xsl:with-param name="refs" select="*"/>
                </xsl:call-template>
              </xsl:for-each>
            </section>
          </xsl:for-each-group>
          <xsl:if test="empty($groups)">
            <p>No person is named in the documents of this edition.</p>
          </xsl:if>
        </main>
        <xsl:call-template name="cw:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- A mention as a small record: which document, which anchor, which place, which
       spelling; the persName nodes themselves stay in the source tree. -->
  <xsl:function name="cw:mention-ref" as="element(ref)">
    <xsl:param name="p" as="element(tei:persName)"/>
    <xsl:variable name="doc" select="$p/ancestor::cw:doc"/>
    <ref doc="{$doc/@href}" stem="{$doc/@stem}" anchor="{cw:pers-anchor($p)}" place="{cw:place($p)}"
         name="{normalize-space($p)}" title="{cw:title($doc/tei:TEI)}"
         date="{let $d := cw:doc-date($doc/tei:TEI) return if ($d) then cw:date-start($d) else ''}">
      <xsl:sequence select="cw:person-entry($p)"/>
    </ref>
  </xsl:function>

  <xsl:template name="cw:person-entry-html">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="refs" as="element(ref)*"/>
    <xsl:variable name="entry" select="($refs/tei:person)[1]"/>
    <xsl:variable name="name" select="if ($entry) then cw:person-name($entry) else $refs[1]/@name"/>
    <article class="person-entry" id="{$key}" aria-labelledby="h-{$key}">
      <h3 id="h-{$key}">
        <xsl:value-of select="$name"/>
        <xsl:variable name="life" select="cw:life($entry)"/>
        <xsl:if test="$life"><span class="life"><xsl:value-of select="' (' || $life || ')'"/></span></xsl:if>
      </h3>
      <xsl:if test="$entry">
        <xsl:variable name="offices" select="cw:offices($entry)"/>
        <xsl:if test="exists($offices)">
          <ul class="offices">
            <xsl:for-each select="$offices"><li><xsl:value-of select="."/></li></xsl:for-each>
          </ul>
        </xsl:if>
      </xsl:if>
      <xsl:if test="empty($entry)">
        <p class="unidentified">Not identified in the register of persons.</p>
      </xsl:if>
      <xsl:variable name="spellings" select="distinct-values($refs/@name)[lower-case(.) != lower-case($name)]"/>
      <xsl:if test="exists($spellings)">
        <p class="spellings">Named in the documents as: <xsl:value-of select="string-join($spellings, '; ')"/></p>
      </xsl:if>
      <ul class="mentions">
        <xsl:for-each-group select="$refs" group-by="@stem">
          <xsl:sort select="(@date[.], '9999')[1]"/>
          <xsl:sort select="@title"/>
          <li>
            <a href="{@doc}"><xsl:value-of select="@title"/></a>
            <xsl:text>: </xsl:text>
            <xsl:for-each select="current-group()">
              <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
              <a href="{@doc}#{@anchor}"><xsl:value-of select="@place"/></a>
            </xsl:for-each>
          </li>
        </xsl:for-each-group>
      </ul>
    </article>
  </xsl:template>

</xsl:stylesheet>
