"""PETRARCH-2 dictionaries as dyadline codebooks: verb patterns and actors.

Reads the two dictionary formats a PETRARCH-2 (or TABARI) user maintains, told
apart by their content, not their name:

- a verb-pattern dictionary (``CAMEO.2.0.txt`` style): synonym sets
  (``&NAME`` then ``+WORD`` lines), then blocks opened by
  ``--- VERB_CLASS [code] ---``, each with its verbs (one a line, irregular
  forms in ``{...}``) and its patterns (``- words * words [code] # comment``);
- an actor dictionary (``Phoenix.Countries.actors.txt`` style): ``NAME [CODE]``
  lines (words joined by ``_``), ``+ALIAS`` lines, and indented
  ``[CODE yymmdd-yymmdd]`` tenure lines (``>date`` from, ``<date`` until, none:
  at any other time).

Adds: the same rows a dyadline TSV file of that kind gives (``trigger pos
requires target cameo flags`` for patterns; ``country sector kind name aliases
role start end`` for actors), each numbered by the line it comes from, so the
loaders validate them like any user file and name the PETRARCH line.

What is kept and what is dropped (``Conversion.dropped`` counts each reason):

- verbs: each verb of a block with a code gives a bare row with that code; each
  pattern gives a row for every verb of its block, with the head word of the
  first object phrase after the verb as ``obj=`` (its last word that is not
  one of spaCy's English stop words; a synonym set expands to its one-word
  members) and each ``(PREP WORD)`` as ``prep:PREP=WORD`` (``(PREP)`` alone:
  ``prep:PREP``). The target is the pattern's ``+`` slot where it marks one
  (``* +``: the object; ``(PREP +)`` or ``PREP +``: that phrase), else the
  first actor of ``obj``, ``to``, ``with``, ``against``, ``on``, ``at``,
  ``from``, ``into``. Of a pair code ``[042:043]`` the first is kept. Dropped: patterns
  with words before the verb (a constraint on the subject dyadline's patterns
  cannot state), patterns with no code of their own (``[---]``, ``[:173]``) or
  a code not in CAMEO 1.1b3, nested phrases, verbs of three or more words,
  ``+`` compound verb forms, irregular forms (dyadline matches lemmas), the
  the other words of the object phrase and any phrase after it that is not
  in parentheses, and a later pattern with the same
  key (verb, requirements) as an earlier one (PETRARCH tries patterns in file
  order, so the earlier one wins there too).
- actors: a name and its aliases (``_`` read as spaces; a trailing ``_`` word
  end, which dyadline always requires; short all-capital words stay
  case-sensitive acronyms, other names match in any case), the country and
  first sector of the code (``AFGGOVAGR`` -> ``AFG`` / ``GOV``); an
  organisation code ``IGO...`` becomes dyadline's organisation code by
  ``codebooks/igo_codes.tsv``. Dated codes make person rows with start/end
  (two-digit years below 30 are 20yy), written before the person's undated
  code so a tenure wins on its dates. Dropped: agent codes (``[~GOV]``: the
  agents dictionary's format is not read), codes with no country, and an
  entry's second undated code.

Why our own: no maintained library reads these formats (PETRARCH-2's own
reader is bound to its coder); the conversion is a few line patterns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from dyadline.codebook import read_tsv

PATTERN_COLUMNS = ("trigger", "pos", "requires", "target", "cameo", "flags")
ACTOR_COLUMNS = ("country", "sector", "kind", "name", "aliases", "role", "start", "end")
DEFAULT_TARGET = "obj|prep:to|with|against|on|at|from|into"
"""Where a converted pattern looks for its target when the pattern marks none."""

_BLOCK = re.compile(r"^-{3}\s+(\S.*?)\s*\[([^\]]*)\]\s*-{3}\s*$")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*$")
_ACTOR_CODE = re.compile(r"\[\s*([~A-Za-z0-9-]+)\s*([<>]?\s*\d{6,8}(?:\s*-\s*\d{6,8})?)?\s*\]")
_ACTOR_NAME = re.compile(r"^([^\s\[+#&-][^\[#]*?)\s*(\[.*\])?\s*$")
_TENURE = re.compile(r"^\s*(\[.*\])\s*$")
_CODE = re.compile(r"^\d{3,4}$")
_MARKERS = frozenset({"$", "+", "%", "^"})


@dataclass(slots=True)
class Conversion:
    """What a PETRARCH dictionary gave: its kind, the rows (line, row), what was dropped."""

    kind: str  # "verbs" | "actors"
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)

    @property
    def columns(self) -> tuple[str, ...]:
        return PATTERN_COLUMNS if self.kind == "verbs" else ACTOR_COLUMNS


def _content_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text without its ``#`` comment), blank lines left out."""
    out = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            out.append((n, line))
    return out


def dictionary_kind(text: str) -> str | None:
    """ "verbs" or "actors" for a PETRARCH-2 dictionary, None for anything else
    (a dyadline TSV file starts with its ``trigger``/``country`` header row)."""
    lines = _content_lines(text)
    if not lines:
        return None
    first = lines[0][1].split("\t", 1)[0].strip()
    if "\t" in lines[0][1] and first in ("trigger", "country"):
        return None
    if any(_BLOCK.match(line) for _, line in lines):
        return "verbs"
    named = sum(
        1
        for _, line in lines
        if (m := _ACTOR_NAME.match(line)) and m.group(2) and _ACTOR_CODE.search(m.group(2))
    )
    tenures = sum(1 for _, line in lines if line[:1].isspace() and _TENURE.match(line))
    return "actors" if named or tenures else None


def converted_rows(text: str, origin: str) -> list[tuple[int, dict[str, str]]] | None:
    """The dyadline rows of a PETRARCH-2 dictionary text, or None if it is not one."""
    conversion = convert(text, origin)
    return None if conversion is None else conversion.rows


def convert(text: str, origin: str = "") -> Conversion | None:
    """Convert a PETRARCH-2 dictionary text (verbs or actors), or None if it is neither."""
    kind = dictionary_kind(text)
    if kind == "verbs":
        return convert_verbs(text)
    if kind == "actors":
        return convert_actors(text)
    return None


# ------------------------------------------------------------------------ verbs


def _word(token: str) -> str:
    """A dictionary word as dyadline writes it: lower case, no word-end ``_``,
    the last word of a joined phrase (the head of ``ARMED_FORCES`` is ``forces``)."""
    return token.strip("_").split("_")[-1].lower()


def _tokens(spec: str) -> list[str] | None:
    """Pattern words, with ``(...)`` and ``{...}`` groups as single tokens (braces may
    stand inside parentheses: ``(OF {BANNED PARTIES})``); None if groups nest deeper."""
    out: list[str] = []
    opener: str | None = None
    start = 0
    current = ""
    for i, ch in enumerate(spec):
        if opener is None and ch in "({":
            out.extend(current.split())
            current, opener, start = "", ch, i
        elif opener is not None and ch in "({" and not (opener == "(" and ch == "{"):
            return None
        elif opener is not None and ch == (")" if opener == "(" else "}"):
            out.append(spec[start : i + 1])
            opener = None
        elif opener is None and ch in ")}":
            return None
        elif opener is None:
            current += ch
    if opener is not None:
        return None
    out.extend(current.split())
    return out


def _head(words: list[str]) -> str | None:
    """The head of an object phrase: its last word that is not a function word
    (spaCy's English stop words: "COUP AGAINST" -> COUP, "OUT VIEWS" -> VIEWS)."""
    content = [w for w in words if w.startswith("&") or _word(w) not in STOP_WORDS]
    return content[-1] if content else None


def _lemma_set(token: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """The words one pattern word stands for (a synonym set's one-word members)."""
    if token.startswith("&"):
        members = synsets.get(token[1:].strip("_").upper())
        if members is None:
            return None
        words = [_word(m) for m in members if "_" not in m.strip("_")]
        return sorted(set(words)) or None
    word = _word(token)
    return [word] if word and re.fullmatch(r"[a-z][a-z'-]*", word) else None


def _pattern_parts(spec: str, synsets: dict[str, list[str]]) -> tuple[list[str], str] | str:
    """(requirements, target) of a pattern's words, or the reason it is dropped."""
    tokens = _tokens(spec)
    if tokens is None or "*" not in tokens:
        return "pattern without '*' or with nested phrases"
    star = tokens.index("*")
    if any(t not in _MARKERS for t in tokens[:star]):
        return "words before the verb (a subject constraint)"
    reqs: list[str] = []
    target = ""
    object_words: list[str] | None = None  # the first object phrase after the verb
    rest = tokens[star + 1 :]
    for i, token in enumerate(rest):
        if token in _MARKERS:
            if token == "+" and not target and object_words is None:
                target = "obj"  # "* + ...": the direct object is the target
            continue
        if token.startswith("("):
            words = token[1:-1].split()
            if not words:
                continue
            prep = _word(words[0])
            inner = [w.strip("{}") for w in words[1:] if w not in _MARKERS]
            if "+" in words[1:]:
                target = target or f"prep:{prep}"
            if not inner:
                reqs.append(f"prep:{prep}")
                continue
            head = _head(inner)
            lemmas = _lemma_set(head, synsets) if head else None
            if lemmas is None:
                return "a word or synonym set the conversion cannot read"
            reqs.append(f"prep:{prep}={'|'.join(lemmas)}")
        elif i + 1 < len(rest) and rest[i + 1] == "+" and _word(token) in STOP_WORDS:
            target = target or f"prep:{_word(token)}"  # "... WITH +": the target's preposition
        elif object_words is None:
            object_words = token[1:-1].split() if token.startswith("{") else [token]
            if not token.startswith("{"):
                for more in rest[i + 1 :]:  # a run of plain words is one phrase
                    if more in _MARKERS or more[:1] in "({":
                        break
                    object_words.append(more)
        elif not token.startswith("{") and token in object_words:
            continue
    if object_words:
        head = _head(object_words)
        lemmas = _lemma_set(head, synsets) if head else None
        if lemmas is None:
            return "a word or synonym set the conversion cannot read"
        reqs.insert(0, f"obj={'|'.join(lemmas)}")
    return reqs, target or DEFAULT_TARGET


def _first_code(spec: str) -> str | None:
    code = spec.split(":", 1)[0].strip()
    return code if _CODE.match(code) else None


def _verb_trigger(line: str) -> str | None:
    """A verb line's lemma (``SHOOT_DOWN`` -> ``shoot down``), None past two words."""
    head = line.split("{", 1)[0].strip().split()
    if not head:
        return None
    words = [w.lower() for w in head[0].strip("_").split("_") if w]
    if not words or len(words) > 2 or not all(re.fullmatch(r"[a-z][a-z'-]*", w) for w in words):
        return None
    return " ".join(words)


def convert_verbs(text: str) -> Conversion:
    """Rows of a PETRARCH-2 verb-pattern dictionary (see the module docstring)."""
    from dyadline.cameo import is_cameo

    out = Conversion("verbs")
    synsets: dict[str, list[str]] = {}
    current_set: str | None = None
    verbs: list[str] = []
    block_code: str | None = None
    in_block = False
    seen: set[tuple[str, str]] = set()

    def add(line: int, trigger: str, requires: list[str], target: str, code: str) -> None:
        key = (trigger, ";".join(sorted(requires)))
        if key in seen:
            out.dropped["a later pattern with the key of an earlier one"] += 1
            return
        seen.add(key)
        values = (trigger, "V", ";".join(requires) or "-", target, code, "-")
        row = dict(zip(PATTERN_COLUMNS, values, strict=True))
        out.rows.append((line, row))

    for n, line in _content_lines(text):
        stripped = line.strip()
        block = _BLOCK.match(stripped)
        if block:
            in_block, current_set, verbs = True, None, []
            block_code = _first_code(block.group(2))
            continue
        if stripped.startswith("&") and not stripped.startswith("&&"):
            current_set = stripped[1:].strip("_").upper()
            synsets[current_set] = []
            continue
        if stripped.startswith("+"):
            if current_set is not None and not in_block:
                synsets[current_set].append(stripped[1:].strip())
            else:
                out.dropped["compound verb form ('+' line)"] += 1
            continue
        if not in_block:
            continue
        if stripped.startswith("-"):
            pattern = _PATTERN.match(stripped)
            if pattern is None:
                out.dropped["pattern line without a [code]"] += 1
                continue
            code = _first_code(pattern.group(2))
            if code is None or not is_cameo(code):
                out.dropped["pattern with no code of its own or not a CAMEO code"] += 1
                continue
            parts = _pattern_parts(pattern.group(1), synsets)
            if isinstance(parts, str):
                out.dropped[parts] += 1
                continue
            requires, target = parts
            for verb in verbs:
                add(n, verb, requires, target, code)
            continue
        trigger = _verb_trigger(stripped)
        if trigger is None:
            out.dropped["verb of three or more words, or not a word"] += 1
            continue
        verbs.append(trigger)
        if block_code is not None and is_cameo(block_code):
            add(n, trigger, [], DEFAULT_TARGET, block_code)
    return out


# ----------------------------------------------------------------------- actors


@cache
def _igo_codes() -> dict[str, str]:
    return {row["tag"].upper(): row["code"].upper() for row in read_tsv("igo_codes.tsv")}


def _split_code(code: str) -> tuple[str, str] | None:
    """(country, first sector) of a PETRARCH actor code; None for one without a country."""
    code = code.upper()
    if code.startswith("IGO"):
        groups = [code[i : i + 3] for i in range(3, len(code), 3)]
        known = [g for g in groups if g in _igo_codes()]
        return (_igo_codes()[known[-1]], "") if known else None
    if len(code) < 3 or not code[:3].isalpha() or code[:3] == "---":
        return None
    return code[:3], code[3:6] if len(code) >= 6 and code[3:6].isalpha() else ""


def _date(value: str) -> str:
    """``331108`` -> ``1933-11-08``; ``011222`` -> ``2001-12-22``; 8 digits as written."""
    value = value.strip()
    if len(value) == 6:
        yy = int(value[:2])
        value = f"{2000 + yy if yy < 30 else 1900 + yy}{value[2:]}"
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}"


def _tenure(span: str | None) -> tuple[str, str]:
    if not span:
        return "", ""
    span = span.replace(" ", "")
    if span.startswith(">"):
        return _date(span[1:]), ""
    if span.startswith("<"):
        return "", _date(span[1:])
    start, _, end = span.partition("-")
    return _date(start), _date(end) if end else ""


def _alias(raw: str) -> str:
    """``AFGHAN_NATIONAL_ARMY_`` -> ``Afghan National Army``; ``ANSF`` stays ``ANSF``."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    if len(words) == 1 and len(words[0]) <= 4 and words[0].isupper():
        return words[0]
    return " ".join(w.capitalize() if w.isupper() else w for w in words)


@dataclass(slots=True)
class _Entry:
    line: int
    names: list[str]
    codes: list[tuple[str, str | None]] = field(default_factory=list)


def convert_actors(text: str) -> Conversion:
    """Rows of a PETRARCH-2 actor dictionary (see the module docstring)."""
    out = Conversion("actors")
    entries: list[_Entry] = []
    for n, line in _content_lines(text):
        stripped = line.strip()
        if stripped.startswith("+"):
            if entries:
                entries[-1].names.append(stripped[1:].strip())
            continue
        if line[:1].isspace() or stripped.startswith("["):
            if entries and _TENURE.match(stripped):
                entries[-1].codes += [(c, d) for c, d in _ACTOR_CODE.findall(stripped)]
            continue
        m = _ACTOR_NAME.match(stripped)
        if m is None:
            out.dropped["line that is no name, alias or code"] += 1
            continue
        entries.append(_Entry(n, [m.group(1).strip()]))
        if m.group(2):
            entries[-1].codes += [(c, d) for c, d in _ACTOR_CODE.findall(m.group(2))]
    for entry in entries:
        _actor_rows(entry, out)
    return out


def _actor_rows(entry: _Entry, out: Conversion) -> None:
    aliases = list(dict.fromkeys(a for a in (_alias(x) for x in entry.names) if a))
    if not aliases or not entry.codes:
        out.dropped["name without a code"] += 1
        return
    name = aliases[0]
    dated = [(c, d) for c, d in entry.codes if d]
    undated = [c for c, d in entry.codes if not d]
    rows: list[dict[str, str]] = []
    for code, span in dated:
        split = _split_code(code)
        if split is None:
            out.dropped["agent code or code without a country"] += 1
            continue
        start, end = _tenure(span)
        rows.append(_actor_row(split, "person", name, aliases, code, start, end))
    for i, code in enumerate(undated):
        split = _split_code(code)
        if split is None:
            out.dropped["agent code or code without a country"] += 1
            continue
        if i and not dated:
            out.dropped["an entry's second undated code"] += 1
            continue
        if dated:
            kind = "person"
        elif split[1]:
            kind = "group" if split[1] in ("INS", "REB", "UAF") else "org"
        else:
            kind = "org" if code.upper().startswith("IGO") else "state"
        rows.append(_actor_row(split, kind, name, aliases, code, "", ""))
    out.rows.extend((entry.line, row) for row in rows)


def _actor_row(
    split: tuple[str, str],
    kind: str,
    name: str,
    aliases: list[str],
    code: str,
    start: str,
    end: str,
) -> dict[str, str]:
    country, sector = split
    role = f"PETRARCH {code.upper()}" if kind == "person" else ""
    values = (country, sector, kind, name, "|".join(aliases), role, start, end)
    return dict(zip(ACTOR_COLUMNS, values, strict=True))
