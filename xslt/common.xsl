<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared templates and functions of the tei_coldwar edition stylesheets.

  Every output (document pages, index, persons, chronology, search, print) includes this
  module so that a person, a date or a note is named, numbered and linked the same way on
  every page: the persons page links to "pers-N" anchors that the document page writes, so
  both must count with the same function.

  The stylesheets never open files or URLs themselves (no document(), doc(), collection(),
  unparsed-text()): the Python side parses every input safely and passes the register and
  the documents as parsed nodes (global parameters or the source tree).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:cw="urn:tei-coldwar:render"
    exclude-result-prefixes="#all">

  <!-- The register of persons (tei/persons.xml), parsed by Python; may be absent. -->
  <xsl:param name="register" as="document-node()?" select="()"/>
  <xsl:param name="edition-title" as="xs:string" select="'Cold War Documents'"/>

  <xsl:key name="person" match="tei:person" use="@xml:id"/>

  <!-- ===== Names of documents ===== -->

  <xsl:function name="cw:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="t"
        select="normalize-space(string(($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1]))"/>
    <xsl:sequence select="if ($t) then $t else 'Untitled document'"/>
  </xsl:function>

  <xsl:function name="cw:doc-date" as="element(tei:date)?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date)[1]"/>
  </xsl:function>

  <!-- Sort key of a document: its date's start, undated documents last. -->
  <xsl:function name="cw:sort-key" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="d" select="cw:doc-date($tei)"/>
    <xsl:variable name="s" select="if ($d) then cw:date-start($d) else ''"/>
    <xsl:sequence select="if ($s) then $s else '9999-99'"/>
  </xsl:function>

  <!-- What kind of document it is: an explicit classification wins; otherwise the title's
       leading word or the shape of the text tells it. -->
  <xsl:function name="cw:kind" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="explicit" select="normalize-space(string((
        $tei/tei:text/@type,
        $tei//tei:body/tei:div[@type = 'document']/@subtype,
        $tei/tei:teiHeader/tei:profileDesc/tei:textClass//tei:term)[1]))"/>
    <xsl:variable name="title" select="lower-case(cw:title($tei))"/>
    <xsl:variable name="words" select="('telegram', 'letter', 'memorandum', 'message', 'minutes',
        'notes', 'note', 'report', 'cable', 'despatch', 'dispatch', 'statement', 'speech',
        'address', 'circular', 'instruction', 'record', 'transcript', 'diary', 'article')"/>
    <xsl:variable name="from-title" select="tokenize($title, '[^\p{L}]+')[. = $words][1]"/>
    <xsl:sequence select="
        if ($explicit) then $explicit
        else if ($from-title) then cw:capitalize($from-title)
        else if ($tei//tei:body//tei:div[@type = 'section']) then 'Article'
        else if ($tei//tei:body/tei:div/tei:list) then 'List'
        else if ($tei/tei:teiHeader/tei:profileDesc/tei:correspDesc) then 'Correspondence'
        else 'Document'"/>
  </xsl:function>

  <xsl:function name="cw:capitalize" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($s, 1, 1)) || substring($s, 2)"/>
  </xsl:function>

  <xsl:function name="cw:source-line" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="fd" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="bibl" select="$fd/tei:sourceDesc/tei:bibl[1]"/>
    <xsl:sequence select="normalize-space(string((
        $bibl/tei:title[@level = ('s', 'm', 'j')],
        $bibl/tei:publisher,
        $bibl/tei:title,
        $bibl[not(*)],
        $fd/tei:publicationStmt/tei:publisher, '')[normalize-space()][1]))"/>
  </xsl:function>

  <!-- A bibl as one line of text: its own punctuation where it has some, otherwise its parts
       joined with full stops; the converter's provenance note is left out. -->
  <xsl:function name="cw:bibl-text" as="xs:string">
    <xsl:param name="bibl" as="element(tei:bibl)"/>
    <xsl:variable name="parts" select="$bibl/(* except tei:note[@type = 'conversion'])"/>
    <xsl:sequence select="
        if ($bibl/text()[normalize-space()])
        then normalize-space(string-join($bibl/(node() except tei:note[@type = 'conversion']) ! string()))
        else string-join($parts ! normalize-space()[.], '. ')"/>
  </xsl:function>

  <!-- ===== Dates ===== -->

  <xsl:function name="cw:date-start" as="xs:string">
    <xsl:param name="d" as="element(tei:date)"/>
    <xsl:sequence select="string(($d/@when, $d/@from, $d/@notBefore, $d/@to, $d/@notAfter)[1])"/>
  </xsl:function>

  <xsl:function name="cw:is-normalized" as="xs:boolean">
    <xsl:param name="d" as="element(tei:date)"/>
    <xsl:sequence select="exists($d/(@when, @from, @to, @notBefore, @notAfter))"/>
  </xsl:function>

  <!-- The ISO value as a reader sees it: "1956-12-17", "1955 to 1956",
       "between 1950 and 1953". -->
  <xsl:function name="cw:date-iso" as="xs:string">
    <xsl:param name="d" as="element(tei:date)"/>
    <xsl:sequence select="
        if ($d/@when) then string($d/@when)
        else if ($d/@from and $d/@to) then $d/@from || ' to ' || $d/@to
        else if ($d/@from) then 'from ' || $d/@from
        else if ($d/@to) then 'until ' || $d/@to
        else if ($d/@notBefore and $d/@notAfter) then 'between ' || $d/@notBefore || ' and ' || $d/@notAfter
        else if ($d/@notBefore) then 'not before ' || $d/@notBefore
        else if ($d/@notAfter) then 'not after ' || $d/@notAfter
        else ''"/>
  </xsl:function>

  <xsl:function name="cw:date-title" as="xs:string">
    <xsl:param name="d" as="element(tei:date)"/>
    <xsl:variable name="cert" select="string($d/@cert)"/>
    <xsl:sequence select="cw:date-iso($d)
        || (if ($cert and $cert != 'high')
            then ' (inferred; ' || $cert || ' certainty)' else '')"/>
  </xsl:function>

  <!-- A date as an HTML time element: the machine value in @datetime, the full normalized
       value in @title (hover) and data-* attributes. -->
  <xsl:template name="cw:time">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:param name="content" as="item()*" select="()"/>
    <time class="date" datetime="{cw:date-start($date)}" title="{cw:date-title($date)}">
      <xsl:if test="$id"><xsl:attribute name="id" select="$id"/></xsl:if>
      <xsl:for-each select="$date/(@when, @from, @to, @notBefore, @notAfter, @cert)">
        <xsl:attribute name="data-{lower-case(local-name())}" select="."/>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="exists($content)"><xsl:sequence select="$content"/></xsl:when>
        <xsl:when test="normalize-space($date)"><xsl:value-of select="normalize-space($date)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="cw:date-iso($date)"/></xsl:otherwise>
      </xsl:choose>
    </time>
  </xsl:template>

  <!-- ===== Persons ===== -->

  <!-- The register id a persName points to ("person:ID", "persons.xml#ID"), or ''. -->
  <xsl:function name="cw:register-id" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:variable name="ref" select="normalize-space(tokenize(string($p/@ref), '\s+')[1])"/>
    <xsl:sequence select="
        if (starts-with($ref, 'person:')) then substring-after($ref, 'person:')
        else if (contains($ref, '#') and not(starts-with($ref, '#')))
          then substring-after($ref, '#')
        else ''"/>
  </xsl:function>

  <!-- The anchor id of a person's entry on persons.html. Register persons keep their id;
       persons known only from a document's particDesc ("#ID") are local to that document;
       unidentified names are grouped by their spelling. -->
  <xsl:function name="cw:person-key" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:param name="stem" as="xs:string"/>
    <xsl:variable name="rid" select="cw:register-id($p)"/>
    <xsl:variable name="ref" select="normalize-space(string($p/@ref))"/>
    <xsl:sequence select="
        if ($rid) then $rid
        else if (starts-with($ref, '#')) then 'local-' || cw:slug($stem) || '-' || substring($ref, 2)
        else 'name-' || cw:slug(normalize-space(string($p)))"/>
  </xsl:function>

  <xsl:function name="cw:slug" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="plain" select="replace(normalize-unicode(lower-case($s), 'NFD'), '\p{M}', '')"/>
    <xsl:variable name="slug" select="replace(replace($plain, '[^a-z0-9]+', '-'), '^-|-$', '')"/>
    <xsl:sequence select="if ($slug) then $slug else 'x' || string-join(string-to-codepoints($s) ! string(.), '-')"/>
  </xsl:function>

  <!-- The tei:person entry describing a persName: the register's, or the document's own
       particDesc/listPerson entry for "#ID" refs. -->
  <xsl:function name="cw:person-entry" as="element(tei:person)?">
    <xsl:param name="p" as="element()"/>
    <xsl:variable name="rid" select="cw:register-id($p)"/>
    <xsl:variable name="ref" select="normalize-space(string($p/@ref))"/>
    <xsl:sequence select="
        if ($rid and exists($register)) then key('person', $rid, $register)[1]
        else if (starts-with($ref, '#'))
          then (root($p)//tei:teiHeader//tei:listPerson/tei:person[@xml:id = substring($ref, 2)])[1]
        else ()"/>
  </xsl:function>

  <xsl:function name="cw:person-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="pn" select="($person/tei:persName[@type = 'preferred'], $person/tei:persName)[1]"/>
    <xsl:sequence select="
        if ($pn/(tei:forename | tei:surname))
        then string-join(($pn/tei:roleName, $pn/tei:forename, $pn/tei:nameLink, $pn/tei:surname, $pn/tei:addName)
                         ! normalize-space(), ' ')
        else normalize-space(string($pn))"/>
  </xsl:function>

  <!-- Sort key "Surname, Forename" so that the register reads like a book index. -->
  <xsl:function name="cw:person-sort" as="xs:string">
    <xsl:param name="person" as="element(tei:person)?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:variable name="pn" select="($person/tei:persName[@type = 'preferred'], $person/tei:persName)[1]"/>
    <xsl:variable name="name" select="
        if ($pn/tei:surname) then normalize-space($pn/tei:surname[1]) || ' ' || normalize-space($pn/tei:forename[1])
        else if ($pn) then normalize-space(string($pn)) else $fallback"/>
    <xsl:variable name="words" select="tokenize($name, '\s+')"/>
    <xsl:sequence select="lower-case(replace(normalize-unicode(
        if ($pn/tei:surname) then $name else ($words[last()] || ' ' || string-join($words[position() lt last()], ' ')),
        'NFD'), '\p{M}', ''))"/>
  </xsl:function>

  <xsl:function name="cw:life" as="xs:string">
    <xsl:param name="person" as="element(tei:person)?"/>
    <xsl:variable name="b" select="string(($person/tei:birth/(@when, @notBefore, @from))[1])"/>
    <xsl:variable name="d" select="string(($person/tei:death/(@when, @notBefore, @from))[1])"/>
    <xsl:sequence select="if ($b or $d) then (if ($b) then substring($b, 1, 4) else '?') || '–' || substring($d, 1, 4) else ''"/>
  </xsl:function>

  <xsl:function name="cw:offices" as="xs:string*">
    <xsl:param name="person" as="element(tei:person)?"/>
    <xsl:sequence select="for $o in $person/(tei:occupation | tei:affiliation | tei:roleName)
        return normalize-space($o) || (if ($o/@from or $o/@to)
          then ' (' || string-join((substring(string($o/@from), 1, 4), substring(string($o/@to), 1, 4)), '–') || ')'
          else '')"/>
  </xsl:function>

  <!-- ===== Anchors shared by the document pages and the edition pages ===== -->

  <!-- Counting stays inside the node's own TEI document, also when many documents sit in one
       tree (the edition wrapper), so every page and every list agrees on the numbers. -->
  <xsl:function name="cw:pers-anchor" as="xs:string">
    <xsl:param name="p" as="element(tei:persName)"/>
    <xsl:variable name="tei" select="$p/ancestor::tei:TEI[1]"/>
    <xsl:sequence select="
        if ($p/ancestor::tei:teiHeader)
        then 'hpers-' || (count($tei/tei:teiHeader//tei:persName[. &lt;&lt; $p]) + 1)
        else 'pers-' || (count($tei/tei:text//tei:persName[. &lt;&lt; $p]) + 1)"/>
  </xsl:function>

  <xsl:function name="cw:date-anchor" as="xs:string">
    <xsl:param name="d" as="element(tei:date)"/>
    <xsl:sequence select="'date-' || (count($d/ancestor::tei:TEI[1]/tei:text//tei:date[. &lt;&lt; $d]) + 1)"/>
  </xsl:function>

  <xsl:function name="cw:note-id" as="xs:string">
    <xsl:param name="n" as="element(tei:note)"/>
    <xsl:sequence select="if ($n/@xml:id) then string($n/@xml:id)
        else 'note-x' || (count($n/ancestor::tei:TEI[1]/tei:text//tei:note[. &lt;&lt; $n]) + 1)"/>
  </xsl:function>

  <xsl:function name="cw:para-number" as="xs:integer">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:sequence select="count($p/ancestor::tei:TEI[1]/tei:text//tei:p[not(ancestor::tei:note)][. &lt;&lt; $p]) + 1"/>
  </xsl:function>

  <!-- Where in a document a node stands, in words for the persons page and chronology. -->
  <xsl:function name="cw:place" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="note" select="$node/ancestor::tei:note[1]"/>
    <xsl:variable name="p" select="$node/ancestor::tei:p[not(ancestor::tei:note)][1]"/>
    <xsl:sequence select="
        if ($node/ancestor::tei:teiHeader) then 'document description'
        else if ($note) then cw:note-label($note)
        else if ($node/ancestor::tei:item) then 'list item ' || (count($node/ancestor::tei:item[1]/preceding-sibling::tei:item) + 1)
        else if ($p) then 'paragraph ' || cw:para-number($p)
        else if ($node/ancestor::tei:head) then 'heading'
        else if ($node/ancestor::tei:closer) then 'closing'
        else if ($node/ancestor::tei:opener) then 'opening'
        else if ($node/ancestor::tei:byline) then 'byline'
        else if ($node/ancestor::tei:docDate) then 'date line'
        else if ($node/ancestor::tei:quote) then 'quotation'
        else 'text'"/>
  </xsl:function>

  <xsl:function name="cw:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="
        (if ($note/@type = 'source') then 'source note'
         else if ($note/@type = 'editorial') then 'editorial note'
         else if ($note/@type = 'summary') then 'summary note'
         else 'note') || (if ($note/@n) then ' ' || $note/@n else '')"/>
  </xsl:function>

  <!-- Text of a block without its inline notes, for context snippets. -->
  <xsl:function name="cw:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join(
        $nodes/descendant-or-self::text()[not(ancestor::tei:note except $nodes/ancestor-or-self::tei:note)]))"/>
  </xsl:function>

  <!-- The words around a node inside its block: "… before [date] after …". -->
  <xsl:function name="cw:context" as="xs:string*">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="block" select="$node/ancestor::*[self::tei:p or self::tei:note or self::tei:head
        or self::tei:item or self::tei:dateline or self::tei:closer or self::tei:opener
        or self::tei:docDate or self::tei:byline or self::tei:quote or self::tei:label][1]"/>
    <xsl:variable name="texts" select="$block//text()[not(ancestor::tei:note except $block/ancestor-or-self::tei:note)]"/>
    <xsl:variable name="before" select="normalize-space(string-join($texts[. &lt;&lt; $node]))"/>
    <xsl:variable name="after" select="normalize-space(string-join($texts[. &gt;&gt; $node][not(ancestor::* intersect $node)]))"/>
    <xsl:sequence select="(
        if (string-length($before) gt 60) then '…' || replace(substring($before, string-length($before) - 59), '^\S*\s', '') else $before,
        normalize-space($node),
        if (string-length($after) gt 60) then replace(substring($after, 1, 60), '\s\S*$', '') || '…' else $after)"/>
  </xsl:function>

  <!-- ===== Page frame shared by all HTML pages ===== -->

  <xsl:template name="cw:html-head">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="description" as="xs:string?" select="()"/>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title><xsl:value-of select="$title"/></title>
      <xsl:if test="$description">
        <meta name="description" content="{$description}"/>
      </xsl:if>
      <meta name="generator" content="tei_coldwar"/>
      <link rel="stylesheet" href="assets/edition.css"/>
    </head>
  </xsl:template>

  <xsl:template name="cw:site-header">
    <xsl:param name="current" as="xs:string" select="''"/>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
      <p class="site-title"><a href="index.html"><xsl:value-of select="$edition-title"/></a></p>
      <nav class="site-nav" aria-label="Edition">
        <ul>
          <xsl:for-each select="('index|Documents', 'persons|Persons', 'chronology|Chronology', 'search|Search')">
            <xsl:variable name="page" select="substring-before(., '|')"/>
            <li>
              <a href="{$page}.html">
                <xsl:if test="$page = $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                <xsl:value-of select="substring-after(., '|')"/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
      <form class="site-search" role="search" action="search.html" method="get">
        <label for="site-q">Search the edition</label>
        <input type="search" id="site-q" name="q"/>
        <button type="submit">Search</button>
      </form>
    </header>
  </xsl:template>

  <xsl:template name="cw:site-footer">
    <footer class="site-footer">
      <p>Encoded in TEI P5 and published with tei_coldwar. Person and date annotations marked
        as inferred were made automatically; hover or focus a date to see its normalized value.</p>
    </footer>
  </xsl:template>

  <!-- ===== The text: structure shared by the screen (cw:text) and print (cw:print) modes.
       persName, date, note and pb differ per medium and live in each output's stylesheet.
       $id-prefix keeps anchors unique when many documents share one HTML file (print). ===== -->

  <xsl:template match="tei:body" mode="cw:text cw:print">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:div" mode="cw:text cw:print">
    <xsl:param name="id-prefix" as="xs:string" tunnel="yes" select="''"/>
    <div class="tei-div {if (@type) then 'div-' || cw:slug(@type) else ''}">
      <xsl:apply-templates mode="#current"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:head" mode="cw:text cw:print">
    <xsl:variable name="depth" select="count(ancestor::tei:div)"/>
    <xsl:variable name="level" select="min((6, max((2, $depth + 1))))"/>
    <xsl:element name="h{$level}">
      <xsl:attribute name="class" select="if ($depth le 1) then 'doc-head' else 'section-head'"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:item/tei:head" mode="cw:text cw:print" priority="2">
    <strong class="item-head"><xsl:apply-templates mode="#current"/></strong>
  </xsl:template>

  <!-- HTML's <p> may hold phrasing content only: a TEI paragraph holding a list, a block
       quotation or a table becomes a <div class="p"> so the browser keeps the structure. -->
  <xsl:template match="tei:p" mode="cw:text cw:print">
    <xsl:param name="id-prefix" as="xs:string" tunnel="yes" select="''"/>
    <xsl:element name="{if (cw:has-blocks(.)) then 'div' else 'p'}">
      <xsl:attribute name="id" select="$id-prefix || 'p-' || cw:para-number(.)"/>
      <xsl:if test="cw:has-blocks(.)"><xsl:attribute name="class" select="'p'"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:function name="cw:has-blocks" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/descendant::*[self::tei:list or self::tei:table or self::tei:lg
        or self::tei:quote[tei:p] or self::tei:cit or self::tei:figure]
        [not(ancestor::tei:note[ancestor::* intersect $e])])"/>
  </xsl:function>

  <!-- A note that the reader reaches through a marker: numbered, placed, or standing inside
       running text. Only unnumbered notes between blocks are shown where they stand. -->
  <xsl:function name="cw:is-footnote" as="xs:boolean">
    <xsl:param name="n" as="element(tei:note)"/>
    <xsl:sequence select="exists($n/@n) or $n/@place = ('foot', 'end')
        or not($n/parent::tei:div or $n/parent::tei:body or $n/parent::tei:back or $n/parent::tei:front)"/>
  </xsl:function>

  <xsl:template match="tei:item/tei:p | tei:quote/tei:p | tei:note//tei:p" mode="cw:text cw:print" priority="2">
    <span class="para"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer" mode="cw:text cw:print">
    <div class="{local-name()}"><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:byline | tei:docDate"
      mode="cw:text cw:print">
    <p class="{lower-case(local-name())}"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <xsl:template match="tei:list" mode="cw:text cw:print">
    <xsl:apply-templates select="tei:head" mode="#current"/>
    <xsl:element name="{if (@type = ('ordered', 'numbered')) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="'tei-list' || (if (tei:item/tei:label) then ' labelled' else '')"/>
      <xsl:apply-templates select="tei:item" mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:item" mode="cw:text cw:print">
    <xsl:param name="id-prefix" as="xs:string" tunnel="yes" select="''"/>
    <li id="{$id-prefix}item-{count(ancestor::tei:TEI[1]/tei:text//tei:item[. &lt;&lt; current()]) + 1}">
      <xsl:apply-templates mode="#current"/>
    </li>
  </xsl:template>

  <xsl:template match="tei:label" mode="cw:text cw:print">
    <span class="label"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p] | tei:body//tei:div/tei:quote | tei:cit" mode="cw:text cw:print">
    <blockquote><xsl:apply-templates mode="#current"/></blockquote>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q" mode="cw:text cw:print">
    <q><xsl:apply-templates mode="#current"/></q>
  </xsl:template>

  <xsl:template match="tei:hi" mode="cw:text cw:print">
    <xsl:variable name="r" select="string(@rend)"/>
    <xsl:element name="{if (contains($r, 'bold')) then 'strong'
        else if (contains($r, 'sup')) then 'sup' else if (contains($r, 'sub')) then 'sub' else 'em'}">
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:title | tei:foreign | tei:emph | tei:term" mode="cw:text cw:print">
    <em class="{local-name()}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </em>
  </xsl:template>

  <xsl:template match="tei:lb" mode="cw:text cw:print"><br/></xsl:template>

  <xsl:template match="tei:gap" mode="cw:text cw:print">
    <span class="gap">
      <xsl:value-of select="if (@reason = 'lost' and ancestor::tei:note)
          then '[The text of this note is lost in the source.]'
          else '[' || (if (@reason) then string(@reason) else 'omitted') || ']'"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:ref[@target]" mode="cw:text cw:print">
    <xsl:choose>
      <xsl:when test="matches(@target, '^https?://')">
        <a href="{@target}"><xsl:apply-templates mode="#current"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:placeName | tei:orgName | tei:rs | tei:name | tei:seg | tei:s
      | tei:abbr | tei:expan | tei:num | tei:measure | tei:time | tei:choice | tei:sic | tei:corr
      | tei:reg | tei:orig | tei:unclear | tei:add | tei:bibl | tei:idno" mode="cw:text cw:print">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:del | tei:fw | tei:figure | tei:anchor | tei:milestone" mode="cw:text cw:print"/>

  <!-- Unknown elements keep their text so nothing of the source is silently dropped. -->
  <xsl:template match="tei:*" mode="cw:text cw:print" priority="-1">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

</xsl:stylesheet>
