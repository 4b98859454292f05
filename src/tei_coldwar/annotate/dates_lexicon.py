"""Words the date annotator recognizes, kept apart from the rules that use them.

Month names come in several languages because Cold War sources cite titles and archive
entries in the original ("1956. október 28.", "23 octobre 1956"). English and German write
month names with a capital, so a lower-case "may", "march" or "august" is an ordinary word;
the other languages listed write months in lower case, so their names are accepted as written.
"""

from __future__ import annotations

import re

ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
ENGLISH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
GERMAN_MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
# Languages that write month names in lower case.
LOWER_CASE_MONTHS: dict[str, int] = {
    # Hungarian
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11,
    "december": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Polish (nominative and genitive)
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3,
    "kwiecień": 4, "kwietnia": 4, "maj": 5, "maja": 5, "czerwiec": 6, "czerwca": 6,
    "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpnia": 8, "wrzesień": 9, "września": 9,
    "październik": 10, "października": 10, "listopad": 11, "listopada": 11,
    "grudzień": 12, "grudnia": 12,
    # Russian, transliterated (nominative and the genitive used in dates) and Cyrillic
    "yanvar": 1, "yanvarya": 1, "fevral": 2, "fevralya": 2, "mart": 3, "marta": 3,
    "aprel": 4, "aprelya": 4, "maya": 5, "iyun": 6, "iyunya": 6, "iyul": 7, "iyulya": 7,
    "avgust": 8, "avgusta": 8, "sentyabr": 9, "sentyabrya": 9, "oktyabr": 10,
    "oktyabrya": 10, "noyabr": 11, "noyabrya": 11, "dekabr": 12, "dekabrya": 12,
    "январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3,
    "апрель": 4, "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7,
    "июля": 7, "август": 8, "августа": 8, "сентябрь": 9, "сентября": 9, "октябрь": 10,
    "октября": 10, "ноябрь": 11, "ноября": 11, "декабрь": 12, "декабря": 12,
}  # fmt: skip

ALL_MONTHS: dict[str, int] = {
    **ENGLISH_ABBREVIATIONS,
    **GERMAN_MONTHS,
    **LOWER_CASE_MONTHS,
    **ENGLISH_MONTHS,
}

ROMAN_MONTHS: dict[str, int] = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
    "x": 10, "xi": 11, "xii": 12,
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
HUNGARIAN_DECADES: dict[str, int] = {
    "húszas": 2, "harmincas": 3, "negyvenes": 4, "ötvenes": 5, "hatvanas": 6,
    "hetvenes": 7, "nyolcvanas": 8, "kilencvenes": 9,
}  # fmt: skip
ORDINAL_WORDS: dict[str, int] = {
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def alternation(words: object) -> str:
    """A regex alternation, longest first, so that "marca" is not cut to "mar"."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


MONTH_RE = alternation(ALL_MONTHS)
DECADE_WORD_RE = alternation(DECADE_WORDS)
HU_DECADE_RE = alternation(HUNGARIAN_DECADES)
ORDINAL_WORD_RE = alternation(ORDINAL_WORDS)
SEASON_RE = alternation(SEASONS)
WEEKDAY_RE = alternation(WEEKDAYS)


def month_number(word: str) -> int | None:
    """The month a written name stands for, or None where its case makes it an ordinary word.

    English and German names need a capital ("May 1953", never "may 1953"); names of
    languages that write months in lower case are taken as they are.
    """
    key = word.lower().rstrip(".")
    if key in LOWER_CASE_MONTHS:
        return LOWER_CASE_MONTHS[key]
    number = ALL_MONTHS.get(key)
    if number is None or not word[:1].isupper():
        return None
    return number


# Words before a number that make it a file, page, volume or document number.
NUMBER_LABELS = re.compile(
    r"(?:\b(?:No|Nos|Nr|Nro|N°|p|pp|pg|vol|vols|Vol|Vols|RG|NSC|Box|Folder|Doc|Document|"
    r"Documents|File|Files|Delga|Secto|Tosec|Gadel|Deptel|Embtel|Telegram|Protocol|Item|"
    r"Fond|fond|Reel|reel|Series|Record\s+Group|Page|page|pages|Pages|Art|Article|"
    r"Section|Sec|Chapter|ch|Resolution|Decision|Law|Act|Order|Directive|Memo|Tel|"
    r"Despatch|Dispatch|Airgram|Note|Cable|Report|Issue|issue|Nummer|szám|Sz|sz|ff|f|op|d|l|"
    r"ISBN|ISSN|ID|id|Code|code|Ref|ref)\.?|[#№§$£€])\s*$"
)
# Words after a number that make it a count or a measure.
COUNT_NOUNS = re.compile(
    r"\s*(?:troops|men|women|soldiers|people|persons|tanks|planes|aircraft|guns|dollars|"
    r"pounds|rubles|roubles|forints|marks|francs|pages|copies|members|votes|words|km|"
    r"kilometers|kilometres|miles|metres|meters|tons|tonnes|casualties|victims|dead|"
    r"refugees|prisoners|students|workers|delegates|times|units|items|documents|cases|"
    r"hours|hrs|minutes|days|weeks|months|years|feet|ft|square|percent|per\s+cent|%|"
    r"GMT|UTC|Z)\b",
    re.IGNORECASE,
)
# Institution words: a year inside such a name is part of the name, not a date.
INSTITUTION_AFTER = re.compile(
    r"(?:-[a-zöüóőúéáűí]{1,4})?\s+(?:Institute|Institut|Intézet|Intezet|Foundation|"
    r"Alapítvány|Society|Társaság|Association|Egyesület|Center|Centre|Központ|Museum|"
    r"Múzeum|Library|Könyvtár|Archives?|Levéltár|Prize|Award|Committee|Bizottság)\b"
)
INSTITUTION_BEFORE = re.compile(
    r"\b(?:Institute|Institut|Center|Centre|Foundation|Museum|Society|Association|"
    r"Archives?|Library|Committee)\s+(?:(?:for|of|on|the|and|[A-Z][\w'’-]*)\s+){1,7}$"
)
URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.-]+")
