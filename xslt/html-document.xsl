<?xml version="1.0" encoding="UTF-8"?>
<!--
  One TEI document → one HTML5 page of the edition (<stem>.html).

  Source tree: the document (parsed by Python). Parameters: $register (the register of
  persons as a parsed document) and $stem (the page's file name without ".html").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:cw="urn:tei-coldwar:render"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <xsl:param name="stem" as="xs:string" select="'document'"/>
  <!-- The neighbours in chronological order (computed once for the run by Python). -->
  <xsl:param name="prev-href" as="xs:string?" select="()"/>
  <xsl:param name="prev-title" as="xs:string?" select="()"/>
  <xsl:param name="next-href" as="xs:string?" select="()"/>
  <xsl:param name="next-title" as="xs:string?" select="()"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="title" select="cw:title(.)"/>
    <xsl:variable name="date" select="cw:doc-date(.)"/>
    <html lang="{(@xml:lang, 'en')[1]}">
      <xsl:call-template name="cw:html-head">
        <xsl:with-param name="title" select="$title || ' — ' || $edition-title"/>
        <xsl:with-param name="description"
            select="normalize-space(string(tei:teiHeader/tei:profileDesc/tei:abstract))[.]"/>
      </xsl:call-template>
      <body class="document-page">
        <xsl:call-template name="cw:site-header"/>
        <main id="main" tabindex="-1">
          <article class="document" aria-labelledby="doc-title">
            <header class="doc-header">
              <p class="doc-kind"><xsl:value-of select="cw:kind(.)"/></p>
              <h1 id="doc-title"><xsl:value-of select="$title"/></h1>
              <xsl:if test="$date">
                <p class="doc-date">
                  <xsl:call-template name="cw:time"><xsl:with-param name="date" select="$date"/></xsl:call-template>
                </p>
              </xsl:if>
            </header>
            <xsl:apply-templates select="tei:teiHeader" mode="cw:meta"/>
            <section class="doc-text" aria-label="Text of the document">
              <xsl:apply-templates select="tei:text/tei:body" mode="cw:text"/>
            </section>
            <xsl:call-template name="cw:notes"/>
          </article>
          <xsl:if test="exists(($prev-href, $next-href))">
            <nav class="doc-pager" aria-label="Previous and next document">
              <ul>
                <xsl:if test="$prev-href">
                  <li class="prev"><a rel="prev" href="{$prev-href}">
                    <span class="pager-label">Previous: </span><xsl:value-of select="$prev-title"/></a></li>
                </xsl:if>
                <xsl:if test="$next-href">
                  <li class="next"><a rel="next" href="{$next-href}">
                    <span class="pager-label">Next: </span><xsl:value-of select="$next-title"/></a></li>
                </xsl:if>
              </ul>
            </nav>
          </xsl:if>
        </main>
        <xsl:call-template name="cw:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- ===== Metadata panel from the teiHeader ===== -->

  <xsl:template match="tei:teiHeader" mode="cw:meta">
    <xsl:variable name="fd" select="tei:fileDesc"/>
    <xsl:variable name="pd" select="tei:profileDesc"/>
    <xsl:variable name="langs" select="$pd/tei:langUsage/tei:language"/>
    <xsl:variable name="translators"
        select="$fd/tei:sourceDesc//tei:respStmt[matches(tei:resp, 'transl', 'i')]/(tei:persName | tei:name)"/>
    <section class="doc-meta" id="metadata" aria-labelledby="meta-heading">
      <h2 id="meta-heading">About this document</h2>
      <dl>
        <xsl:if test="$fd/tei:titleStmt/tei:author">
          <dt>Author</dt>
          <dd><xsl:value-of select="string-join($fd/tei:titleStmt/tei:author ! normalize-space(), '; ')"/></dd>
        </xsl:if>
        <xsl:for-each select="$pd/tei:correspDesc/tei:correspAction">
          <dt><xsl:value-of select="if (@type = 'sent') then 'From' else if (@type = 'received') then 'To' else cw:capitalize(string((@type, 'Correspondent')[1]))"/></dt>
          <dd>
            <xsl:for-each select="*">
              <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
              <xsl:apply-templates select="." mode="cw:meta-inline"/>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
        <xsl:for-each select="$fd/tei:sourceDesc/tei:bibl">
          <dt>Source</dt>
          <dd class="bibl"><xsl:apply-templates select="." mode="cw:meta-inline"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$fd/tei:publicationStmt/tei:idno">
          <dt><xsl:value-of select="if (@type = 'URL') then 'Web address' else if (@type) then 'Identifier (' || @type || ')' else 'Identifier'"/></dt>
          <dd><xsl:apply-templates select="." mode="cw:meta-inline"/></dd>
        </xsl:for-each>
        <xsl:if test="count($langs) gt 1 or exists($translators)">
          <dt>Language</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="count($langs) gt 1">
                <xsl:text>Translated from </xsl:text>
                <xsl:value-of select="string-join($langs[position() lt last()] ! normalize-space(), ', ')"/>
                <xsl:text> into </xsl:text>
                <xsl:value-of select="normalize-space($langs[last()])"/>
              </xsl:when>
              <xsl:when test="$langs">
                <xsl:value-of select="normalize-space($langs[1])"/>
              </xsl:when>
              <xsl:otherwise>Translation</xsl:otherwise>
            </xsl:choose>
            <xsl:if test="$translators">
              <xsl:text>; translated by </xsl:text>
              <xsl:value-of select="string-join($translators ! normalize-space(), ', ')"/>
            </xsl:if>
          </dd>
        </xsl:if>
        <xsl:if test="$fd/tei:publicationStmt/tei:availability">
          <dt>Rights</dt>
          <dd><xsl:value-of select="normalize-space($fd/tei:publicationStmt/tei:availability)"/></dd>
        </xsl:if>
        <xsl:if test="tei:revisionDesc/tei:change">
          <dt>Encoding</dt>
          <dd><xsl:value-of select="string-join(tei:revisionDesc/tei:change ! normalize-space(), ' ')"/></dd>
        </xsl:if>
      </dl>
      <xsl:if test="$pd/tei:abstract">
        <section class="abstract" aria-labelledby="abstract-heading">
          <h3 id="abstract-heading">Summary (given by the source, not part of the document)</h3>
          <xsl:for-each select="$pd/tei:abstract/(tei:p, self::tei:abstract[not(tei:p)])">
            <p><xsl:apply-templates mode="cw:meta-inline"/></p>
          </xsl:for-each>
        </section>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="tei:persName" mode="cw:meta-inline">
    <xsl:call-template name="cw:person-link">
      <xsl:with-param name="id" select="cw:pers-anchor(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:date" mode="cw:meta-inline">
    <xsl:call-template name="cw:time"><xsl:with-param name="date" select="."/></xsl:call-template>
  </xsl:template>

  <!-- A bibl made of elements only (as the writer makes it) gets separators between its
       parts; a bibl with its own punctuation is shown as written. -->
  <xsl:template match="tei:bibl" mode="cw:meta-inline">
    <xsl:variable name="parts" select="* except tei:note[@type = 'conversion']"/>
    <xsl:choose>
      <xsl:when test="text()[normalize-space()]">
        <xsl:apply-templates select="node() except tei:note[@type = 'conversion']" mode="cw:meta-inline"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$parts">
          <xsl:if test="position() gt 1"><xsl:text>. </xsl:text></xsl:if>
          <xsl:apply-templates select="." mode="cw:meta-inline"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:title[@level = 'a']" mode="cw:meta-inline">
    <xsl:text>“</xsl:text><xsl:apply-templates mode="cw:meta-inline"/><xsl:text>”</xsl:text>
  </xsl:template>

  <xsl:template match="tei:title" mode="cw:meta-inline">
    <cite><xsl:apply-templates mode="cw:meta-inline"/></cite>
  </xsl:template>

  <xsl:template match="tei:bibl/tei:idno[@type]" mode="cw:meta-inline" priority="0.1">
    <xsl:value-of select="@type || ' ' || normalize-space(.)"/>
  </xsl:template>

  <xsl:template match="tei:idno[matches(., '^\s*https?://\S+\s*$')]" mode="cw:meta-inline">
    <a href="{normalize-space(.)}" class="external"><xsl:value-of select="normalize-space(.)"/></a>
  </xsl:template>

  <xsl:template match="tei:respStmt" mode="cw:meta-inline">
    <xsl:text> (</xsl:text>
    <xsl:value-of select="normalize-space(tei:resp)"/>
    <xsl:text>: </xsl:text>
    <xsl:apply-templates select="* except tei:resp" mode="cw:meta-inline"/>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <!-- ===== The text (screen): persons, dates, notes, page breaks ===== -->

  <xsl:template match="tei:persName" mode="cw:text">
    <xsl:call-template name="cw:person-link">
      <xsl:with-param name="id" select="cw:pers-anchor(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A name inside a name (e.g. a family name marked within a full name) is not a second
       link: links must not nest. -->
  <xsl:template match="tei:persName[ancestor::tei:persName]" mode="cw:text cw:meta-inline" priority="2">
    <xsl:apply-templates mode="cw:text"/>
  </xsl:template>

  <!-- A person: a link to the register entry and a card (shown on hover and focus) with
       name, life dates and offices, so a reader need not leave the text. -->
  <xsl:template name="cw:person-link">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="entry" select="cw:person-entry(.)"/>
    <xsl:variable name="key" select="cw:person-key(., $stem)"/>
    <span class="person">
      <a class="person-link" id="{$id}" href="persons.html#{$key}" aria-describedby="card-{$id}">
        <xsl:apply-templates mode="cw:text"/>
      </a>
      <span class="person-card" role="tooltip" id="card-{$id}">
        <span class="card-name">
          <xsl:value-of select="if ($entry) then cw:person-name($entry) else normalize-space(.)"/>
        </span>
        <xsl:variable name="life" select="cw:life($entry)"/>
        <xsl:if test="$life"><span class="card-life"><xsl:value-of select="' (' || $life || ')'"/></span></xsl:if>
        <xsl:variable name="offices" select="cw:offices($entry)"/>
        <xsl:for-each select="$offices[position() le 3]">
          <span class="card-office"><xsl:value-of select="."/></span>
        </xsl:for-each>
        <xsl:if test="count($offices) gt 3">
          <span class="card-office"><xsl:value-of select="'and ' || (count($offices) - 3) || ' more (see the register)'"/></span>
        </xsl:if>
        <xsl:if test="empty($entry)">
          <span class="card-office">Not identified in the register</span>
        </xsl:if>
      </span>
    </span>
  </xsl:template>

  <xsl:template match="tei:date" mode="cw:text">
    <xsl:choose>
      <xsl:when test="cw:is-normalized(.)">
        <xsl:call-template name="cw:time">
          <xsl:with-param name="date" select="."/>
          <xsl:with-param name="id" select="cw:date-anchor(.)"/>
          <xsl:with-param name="content"><xsl:apply-templates mode="cw:text"/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="cw:text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:pb" mode="cw:text">
    <span class="pb" id="pb-{cw:slug(string((@n, count(preceding::tei:pb) + 1)[1]))}">
      <xsl:value-of select="if (@n) then '[p. ' || @n || ']' else '[page break]'"/>
    </span>
  </xsl:template>

  <!-- A numbered note: a superscript link to the notes section; the note links back. -->
  <xsl:template match="tei:note[cw:is-footnote(.)]" mode="cw:text">
    <xsl:variable name="id" select="cw:note-id(.)"/>
    <sup class="note-ref">
      <a id="ref-{$id}" href="#{$id}" role="doc-noteref"
         aria-label="{cw:capitalize(cw:note-label(.))}">
        <xsl:value-of select="(@n, '*')[1]"/>
      </a>
    </sup>
  </xsl:template>

  <!-- A note inside a note (rare) stays with its host, in brackets. -->
  <xsl:template match="tei:note[ancestor::tei:note]" mode="cw:text" priority="3">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="cw:text"/><xsl:text>]</xsl:text>
  </xsl:template>

  <!-- An unnumbered note standing on its own (an editor's note, a source statement). -->
  <xsl:template match="tei:note" mode="cw:text">
    <aside class="note-block note-{(@type, 'plain')[1]}" aria-label="{cw:capitalize(cw:note-label(.))}">
      <p class="note-type"><xsl:value-of select="cw:capitalize(cw:note-label(.))"/></p>
      <p><xsl:apply-templates mode="cw:text"/></p>
    </aside>
  </xsl:template>

  <xsl:template name="cw:notes">
    <xsl:variable name="notes" select="tei:text//tei:note[cw:is-footnote(.)][not(ancestor::tei:note)]"/>
    <xsl:if test="$notes">
      <section class="doc-notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <ol class="notes">
          <xsl:for-each select="$notes">
            <xsl:variable name="id" select="cw:note-id(.)"/>
            <li id="{$id}" class="note note-{(@type, 'plain')[1]}">
              <span class="note-number"><xsl:value-of select="(@n, '*')[1]"/></span>
              <xsl:text> </xsl:text>
              <xsl:if test="@type = ('source', 'editorial', 'summary')">
                <span class="note-type"><xsl:value-of select="cw:capitalize(string(@type)) || ' note:'"/></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:apply-templates mode="cw:text"/>
              <xsl:text> </xsl:text>
              <a class="back-link" href="#ref-{$id}" role="doc-backlink"
                 aria-label="Back to the text at note {(@n, '')[1]}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
