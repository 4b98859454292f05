<?xml version="1.0" encoding="UTF-8"?>
<!--
  The chronology (chronology.html): every normalized date in the texts of the edition, in
  order of its ISO value, grouped by year, with the words around it and a link to it.

  Source tree: the cw:edition wrapper (see html-index.xsl).
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
    <xsl:variable name="dates" select="cw:doc/tei:TEI/tei:text//tei:date[cw:is-normalized(.)]
        [not(ancestor::tei:date)]"/>
    <html lang="en">
      <xsl:call-template name="cw:html-head">
        <xsl:with-param name="title" select="$edition-title || ': chronology'"/>
      </xsl:call-template>
      <body class="chronology-page">
        <xsl:call-template name="cw:site-header">
          <xsl:with-param name="current" select="'chronology'"/>
        </xsl:call-template>
        <main id="main" tabindex="-1">
          <h1>Chronology</h1>
          <p class="lead">Every date named in the documents, in order. Inferred values are marked.</p>
          <xsl:for-each-group select="$dates" group-by="substring(cw:date-start(.), 1, 4)">
            <xsl:sort select="current-grouping-key()"/>
            <section class="year" aria-labelledby="y-{current-grouping-key()}">
              <h2 id="y-{current-grouping-key()}"><xsl:value-of select="current-grouping-key()"/></h2>
              <ol class="chronology">
                <xsl:for-each select="current-group()">
                  <xsl:sort select="cw:date-start(.)"/>
                  <xsl:sort select="string((@to, @notAfter)[1])"/>
                  <xsl:variable name="doc" select="ancestor::cw:doc"/>
                  <xsl:variable name="ctx" select="cw:context(.)"/>
                  <li>
                    <span class="chrono-date">
                      <xsl:call-template name="cw:time">
                        <xsl:with-param name="date" select="."/>
                        <xsl:with-param name="content" select="cw:date-iso(.)"/>
                      </xsl:call-template>
                      <xsl:if test="@cert and @cert != 'high'">
                        <span class="cert"><xsl:value-of select="' (inferred, ' || @cert || ')'"/></span>
                      </xsl:if>
                    </span>
                    <xsl:text> </xsl:text>
                    <span class="chrono-context">
                      <xsl:value-of select="$ctx[1] || (if ($ctx[1]) then ' ' else '')"/>
                      <a href="{$doc/@href}#{cw:date-anchor(.)}"><xsl:value-of select="$ctx[2]"/></a>
                      <xsl:value-of select="(if (matches($ctx[3], '^[\p{P}]')) then '' else ' ') || $ctx[3]"/>
                    </span>
                    <span class="chrono-source">
                      <xsl:text> — </xsl:text>
                      <a href="{$doc/@href}"><xsl:value-of select="cw:title($doc/tei:TEI)"/></a>
                      <xsl:value-of select="', ' || cw:place(.)"/>
                    </span>
                  </li>
                </xsl:for-each>
              </ol>
            </section>
          </xsl:for-each-group>
          <xsl:if test="empty($dates)">
            <p>No normalized date occurs in the documents of this edition.</p>
          </xsl:if>
        </main>
        <xsl:call-template name="cw:site-footer"/>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
