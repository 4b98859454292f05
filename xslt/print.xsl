<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print-oriented HTML for WeasyPrint (CSS Paged Media, assets/print.css): footnotes float to
  the foot of their page, running heads carry the document title, the table of contents and
  the index of persons get their page numbers from target-counter().

  Source tree: the cw:edition wrapper (see html-index.xsl); parameter $register.
  Initial mode: cw:volume  – title page, contents, all documents, index of persons;
                cw:single  – the document(s) alone (one PDF per document).
  Every id carries the document's stem (stem, two hyphens, anchor) so that ids stay unique when all
  documents share one HTML file.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:cw="urn:tei-coldwar:render"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <!-- The day the PDF is made (PDF CreationDate); the documents' own dates go into the
       description (PDF Subject). -->
  <xsl:param name="created" as="xs:string" select="''"/>

  <xsl:mode name="cw:volume" on-no-match="shallow-skip"/>
  <xsl:mode name="cw:single" on-no-match="shallow-skip"/>
  <xsl:mode name="cw:print" on-no-match="text-only-copy"/>

  <xsl:template match="/cw:edition" mode="cw:volume">
    <xsl:variable name="docs" as="element(cw:doc)*">
      <xsl:perform-sort select="cw:doc">
        <xsl:sort select="cw:sort-key(tei:TEI)"/>
        <xsl:sort select="lower-case(cw:title(tei:TEI))"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="dates" select="$docs ! cw:doc-date(tei:TEI)[cw:is-normalized(.)] ! cw:date-start(.)"/>
    <html lang="en">
      <xsl:call-template name="cw:print-head">
        <xsl:with-param name="title" select="$edition-title"/>
        <xsl:with-param name="author" select="string-join(distinct-values(
            $docs/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher ! normalize-space()), '; ')"/>
        <xsl:with-param name="description" select="count($docs) || ' documents'
            || (if (exists($dates)) then ', dated ' || substring(min($dates), 1, 4)
                || (if (substring(max($dates), 1, 4) != substring(min($dates), 1, 4))
                    then '–' || substring(max($dates), 1, 4) else '') else '')"/>
      </xsl:call-template>
      <body class="volume">
        <section class="title-page">
          <h1 class="volume-title"><xsl:value-of select="$edition-title"/></h1>
          <p class="volume-sub">
            <xsl:value-of select="count($docs) || (if (count($docs) = 1) then ' document' else ' documents')"/>
            <xsl:if test="exists($dates)">
              <xsl:value-of select="', ' || substring(min($dates), 1, 4)
                  || (if (substring(max($dates), 1, 4) != substring(min($dates), 1, 4))
                      then '–' || substring(max($dates), 1, 4) else '')"/>
            </xsl:if>
          </p>
          <p class="volume-credit">Encoded in TEI P5 and typeset with tei_coldwar.</p>
        </section>
        <nav class="toc" aria-labelledby="toc-heading">
          <h1 id="toc-heading" class="front-heading">Contents</h1>
          <ol>
            <xsl:for-each select="$docs">
              <li>
                <a href="#{@stem}--doc"><xsl:value-of select="cw:title(tei:TEI)"/></a>
              </li>
            </xsl:for-each>
            <li class="toc-back"><a href="#persons-index">Index of persons</a></li>
          </ol>
        </nav>
        <xsl:apply-templates select="$docs" mode="cw:document"/>
        <xsl:call-template name="cw:person-index">
          <xsl:with-param name="docs" select="$docs"/>
        </xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/cw:edition" mode="cw:single">
    <xsl:variable name="tei" select="(cw:doc/tei:TEI)[1]"/>
    <xsl:variable name="d" select="cw:doc-date($tei)"/>
    <html lang="{($tei/@xml:lang, 'en')[1]}">
      <xsl:call-template name="cw:print-head">
        <xsl:with-param name="title" select="cw:title($tei)"/>
        <xsl:with-param name="author" select="string-join((
            $tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author,
            $tei/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:persName
            )[1] ! normalize-space(), '')"/>
        <xsl:with-param name="description" select="cw:kind($tei)
            || (if ($d) then ', dated ' || cw:date-iso($d) else '')"/>
      </xsl:call-template>
      <body class="single">
        <xsl:apply-templates select="cw:doc" mode="cw:document"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="cw:print-head">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="author" as="xs:string"/>
    <xsl:param name="description" as="xs:string"/>
    <head>
      <meta charset="utf-8"/>
      <title><xsl:value-of select="$title"/></title>
      <meta name="author" content="{if ($author) then $author else 'tei_coldwar'}"/>
      <meta name="description" content="{$description}"/>
      <xsl:if test="$created"><meta name="dcterms.created" content="{$created}"/></xsl:if>
      <meta name="generator" content="tei_coldwar"/>
    </head>
  </xsl:template>

  <!-- ===== One document ===== -->

  <xsl:template match="cw:doc" mode="cw:document">
    <xsl:variable name="tei" select="tei:TEI"/>
    <xsl:variable name="prefix" select="@stem || '--'"/>
    <xsl:variable name="date" select="cw:doc-date($tei)"/>
    <xsl:variable name="hd" select="$tei/tei:teiHeader"/>
    <article class="document" id="{$prefix}doc">
      <xsl:if test="$tei/@xml:lang"><xsl:attribute name="lang" select="$tei/@xml:lang"/></xsl:if>
      <p class="doc-kind"><xsl:value-of select="cw:kind($tei)"/></p>
      <h1 class="doc-title"><xsl:value-of select="cw:title($tei)"/></h1>
      <xsl:if test="$date">
        <p class="doc-date">
          <xsl:call-template name="cw:time"><xsl:with-param name="date" select="$date"/></xsl:call-template>
        </p>
      </xsl:if>
      <div class="doc-meta">
        <xsl:for-each select="$hd/tei:profileDesc/tei:correspDesc/tei:correspAction">
          <p>
            <span class="meta-label">
              <xsl:value-of select="if (@type = 'sent') then 'From: ' else if (@type = 'received') then 'To: ' else 'Correspondent: '"/>
            </span>
            <xsl:for-each select="*">
              <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
              <xsl:apply-templates select="." mode="cw:print">
                <xsl:with-param name="id-prefix" select="$prefix" tunnel="yes"/>
              </xsl:apply-templates>
            </xsl:for-each>
          </p>
        </xsl:for-each>
        <xsl:for-each select="$hd/tei:fileDesc/tei:sourceDesc/tei:bibl">
          <p><span class="meta-label">Source: </span><xsl:value-of select="cw:bibl-text(.)"/></p>
        </xsl:for-each>
        <xsl:for-each select="$hd/tei:fileDesc/tei:publicationStmt/tei:idno">
          <p><span class="meta-label"><xsl:value-of select="(if (@type = 'URL') then 'Web address' else (@type, 'Identifier')[1]) || ': '"/></span>
            <span class="idno"><xsl:value-of select="normalize-space(.)"/></span></p>
        </xsl:for-each>
        <xsl:variable name="langs" select="$hd/tei:profileDesc/tei:langUsage/tei:language"/>
        <xsl:if test="count($langs) gt 1">
          <p><span class="meta-label">Language: </span>
            <xsl:value-of select="'translated from ' || string-join($langs[position() lt last()] ! normalize-space(), ', ')
                || ' into ' || normalize-space($langs[last()])"/></p>
        </xsl:if>
        <xsl:for-each select="$hd/tei:profileDesc/tei:abstract">
          <p class="abstract"><span class="meta-label">Summary (from the source): </span><xsl:value-of select="normalize-space(.)"/></p>
        </xsl:for-each>
      </div>
      <div class="doc-text">
        <xsl:apply-templates select="$tei/tei:text/tei:body" mode="cw:print">
          <xsl:with-param name="id-prefix" select="$prefix" tunnel="yes"/>
        </xsl:apply-templates>
      </div>
      <xsl:variable name="endnotes" select="$tei/tei:text//tei:note[@place = 'end']"/>
      <xsl:if test="$endnotes">
        <section class="endnotes">
          <h2 class="endnotes-heading">Notes</h2>
          <ol>
            <xsl:for-each select="$endnotes">
              <li id="{$prefix}{cw:note-id(.)}">
                <span class="note-number"><xsl:value-of select="(@n, '*')[1] || '. '"/></span>
                <xsl:apply-templates mode="cw:print">
                  <xsl:with-param name="id-prefix" select="$prefix" tunnel="yes"/>
                </xsl:apply-templates>
              </li>
            </xsl:for-each>
          </ol>
        </section>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- ===== The text (print) ===== -->

  <xsl:template match="tei:persName" mode="cw:print">
    <xsl:param name="id-prefix" as="xs:string" tunnel="yes" select="''"/>
    <span class="person" id="{$id-prefix}{cw:pers-anchor(.)}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:date" mode="cw:print">
    <xsl:choose>
      <xsl:when test="cw:is-normalized(.)">
        <time datetime="{cw:date-start(.)}">
          <xsl:apply-templates mode="#current"/>
          <xsl:if test="not(normalize-space())"><xsl:value-of select="cw:date-iso(.)"/></xsl:if>
        </time>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:pb" mode="cw:print">
    <span class="pb"><xsl:value-of select="if (@n) then '[p. ' || @n || ']' else '[page break]'"/></span>
  </xsl:template>

  <!-- Footnotes float to the foot of the page where their call stands. -->
  <xsl:template match="tei:note[cw:is-footnote(.)][not(@place = 'end')]" mode="cw:print">
    <xsl:param name="id-prefix" as="xs:string" tunnel="yes" select="''"/>
    <span class="footnote" id="{$id-prefix}{cw:note-id(.)}" data-n="{(@n, '*')[1]}">
      <xsl:if test="@type = ('source', 'editorial', 'summary')">
        <span class="note-type"><xsl:value-of select="cw:capitalize(string(@type)) || ' note. '"/></span>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

  <!-- Endnotes: a call here, the text at the end of the document. -->
  <xsl:template match="tei:note[@place = 'end']" mode="cw:print">
    <xsl:param name="id-prefix" as="xs:string" tunnel="yes" select="''"/>
    <sup class="note-call"><a href="#{$id-prefix}{cw:note-id(.)}"><xsl:value-of select="(@n, '*')[1]"/></a></sup>
  </xsl:template>

  <xsl:template match="tei:note[ancestor::tei:note]" mode="cw:print" priority="3">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:note" mode="cw:print">
    <div class="note-block">
      <p class="note-type"><xsl:value-of select="cw:capitalize(cw:note-label(.))"/></p>
      <p><xsl:apply-templates mode="#current"/></p>
    </div>
  </xsl:template>

  <!-- ===== Index of persons with page numbers ===== -->

  <xsl:template name="cw:person-index">
    <xsl:param name="docs" as="element(cw:doc)*"/>
    <xsl:variable name="mentions" select="$docs/tei:TEI/(tei:text | tei:teiHeader/tei:profileDesc/tei:correspDesc)
        //tei:persName[not(ancestor::tei:persName)]"/>
    <section class="person-index" id="persons-index">
      <h1 class="back-heading">Index of persons</h1>
      <xsl:for-each-group select="$mentions" group-by="cw:person-key(., string(ancestor::cw:doc/@stem))">
        <xsl:sort select="cw:person-sort(cw:person-entry(.), normalize-space(.))"/>
        <xsl:variable name="entry" select="cw:person-entry(.)"/>
        <xsl:variable name="life" select="cw:life($entry)"/>
        <p class="ix-entry">
          <span class="ix-name">
            <xsl:value-of select="if ($entry) then cw:person-index-name($entry) else normalize-space(.)"/>
          </span>
          <xsl:if test="$life"><xsl:value-of select="' (' || $life || ')'"/></xsl:if>
          <xsl:text> </xsl:text>
          <xsl:for-each select="current-group()">
            <xsl:sort select="cw:sort-key(ancestor::cw:doc/tei:TEI)"/>
            <xsl:sort select="lower-case(cw:title(ancestor::cw:doc/tei:TEI))"/>
            <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
            <a class="pageref" href="#{ancestor::cw:doc/@stem}--{cw:pers-anchor(.)}"></a>
          </xsl:for-each>
        </p>
      </xsl:for-each-group>
    </section>
  </xsl:template>

  <xsl:function name="cw:person-index-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="pn" select="($person/tei:persName[@type = 'preferred'], $person/tei:persName)[1]"/>
    <xsl:sequence select="if ($pn/tei:surname)
        then normalize-space($pn/tei:surname[1]) || ', ' || string-join($pn/tei:forename ! normalize-space(), ' ')
        else cw:person-name($person)"/>
  </xsl:function>

</xsl:stylesheet>
