<?xml version="1.0" encoding="UTF-8"?>
<!--
  Full-text search (search.html) that works without a server, also from file://: the index
  (one record per document: page, title, date, kind, words of the text) is embedded in the
  page as JSON and searched by assets/search.js in the browser.

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

  <!-- The words of a text: text nodes joined as they stand, with a space only where a new
       block (paragraph, note, heading, item …) begins, so "1956." stays "1956." -->
  <xsl:function name="cw:words" as="xs:string">
    <xsl:param name="text" as="element()?"/>
    <xsl:variable name="ts" select="$text//text()"/>
    <xsl:sequence select="normalize-space(string-join(
        for $i in 1 to count($ts)
        return (if ($i gt 1 and not(cw:block($ts[$i]) is cw:block($ts[$i - 1]))) then ' ' else '')
               || $ts[$i], ''))"/>
  </xsl:function>

  <xsl:function name="cw:block" as="element()?">
    <xsl:param name="t" as="node()"/>
    <xsl:sequence select="$t/ancestor::*[self::tei:p or self::tei:note or self::tei:head
        or self::tei:item or self::tei:label or self::tei:dateline or self::tei:salute
        or self::tei:signed or self::tei:byline or self::tei:docDate or self::tei:quote
        or self::tei:div or self::tei:closer or self::tei:opener][1]"/>
  </xsl:function>

  <xsl:template match="/cw:edition">
    <xsl:variable name="records" as="map(*)*">
      <xsl:for-each select="cw:doc">
        <xsl:sort select="cw:sort-key(tei:TEI)"/>
        <xsl:sort select="lower-case(cw:title(tei:TEI))"/>
        <xsl:variable name="tei" select="tei:TEI"/>
        <xsl:variable name="d" select="cw:doc-date($tei)"/>
        <xsl:sequence select="map{
            'u': string(@href),
            't': cw:title($tei),
            'd': if ($d) then normalize-space($d) else '',
            'k': cw:kind($tei),
            'x': normalize-space(string(($tei/tei:teiHeader/tei:profileDesc/tei:abstract)[1])
                  || ' ' || cw:words($tei/tei:text))}"/>
      </xsl:for-each>
    </xsl:variable>
    <html lang="en">
      <xsl:call-template name="cw:html-head">
        <xsl:with-param name="title" select="$edition-title || ': search'"/>
      </xsl:call-template>
      <body class="search-page">
        <xsl:call-template name="cw:site-header">
          <xsl:with-param name="current" select="'search'"/>
        </xsl:call-template>
        <main id="main" tabindex="-1">
          <h1>Search</h1>
          <form class="search-form" role="search" action="search.html" method="get">
            <label for="q">Words to find in the documents</label>
            <input type="search" id="q" name="q" autocomplete="off"/>
            <button type="submit">Search</button>
          </form>
          <p class="hint">All words must occur in a document; case and accents are ignored.</p>
          <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
          <ol id="search-results" class="search-results"></ol>
          <noscript><p>Search needs JavaScript. The <a href="index.html">list of documents</a>
            works without it.</p></noscript>
          <!-- JSON serialization escapes "/", so the text cannot close the script element. -->
          <script type="application/json" id="search-index">
            <xsl:value-of select="serialize(array{$records}, map{'method': 'json', 'indent': false()})"/>
          </script>
          <script src="assets/search.js"></script>
        </main>
        <xsl:call-template name="cw:site-footer"/>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
