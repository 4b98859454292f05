<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's table of contents (index.html): every document in chronological order
  (date from profileDesc/creation/date; undated documents last), with title, kind and source.

  Source tree: <cw:edition><cw:doc stem="…" href="….html"><TEI>…</TEI></cw:doc>…</cw:edition>
  built by Python from safely parsed files.
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
    <html lang="en">
      <xsl:call-template name="cw:html-head">
        <xsl:with-param name="title" select="$edition-title || ': documents'"/>
      </xsl:call-template>
      <body class="index-page">
        <xsl:call-template name="cw:site-header">
          <xsl:with-param name="current" select="'index'"/>
        </xsl:call-template>
        <main id="main" tabindex="-1">
          <h1><xsl:value-of select="$edition-title"/></h1>
          <p class="lead">
            <xsl:value-of select="count(cw:doc) || (if (count(cw:doc) = 1) then ' document' else ' documents')"/>
            <xsl:text>, in chronological order.</xsl:text>
          </p>
          <div class="table-wrap">
            <table class="doc-index">
              <caption>Documents of the edition by date</caption>
              <thead>
                <tr><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Source</th></tr>
              </thead>
              <tbody>
                <xsl:for-each select="cw:doc">
                  <xsl:sort select="cw:sort-key(tei:TEI)"/>
                  <xsl:sort select="lower-case(cw:title(tei:TEI))"/>
                  <xsl:variable name="date" select="cw:doc-date(tei:TEI)"/>
                  <tr data-sort="{cw:sort-key(tei:TEI)}">
                    <td class="col-date">
                      <xsl:choose>
                        <xsl:when test="$date and cw:is-normalized($date)">
                          <xsl:call-template name="cw:time">
                            <xsl:with-param name="date" select="$date"/>
                          </xsl:call-template>
                        </xsl:when>
                        <xsl:when test="$date"><xsl:value-of select="normalize-space($date)"/></xsl:when>
                        <xsl:otherwise>undated</xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <th scope="row" class="col-title"><a href="{@href}"><xsl:value-of select="cw:title(tei:TEI)"/></a></th>
                    <td class="col-kind"><xsl:value-of select="cw:kind(tei:TEI)"/></td>
                    <td class="col-source"><xsl:value-of select="cw:source-line(tei:TEI)"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </main>
        <xsl:call-template name="cw:site-footer"/>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
