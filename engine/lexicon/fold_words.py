#!/usr/bin/env python3
"""Fold word forms the way the screening engine folds listing text, and keep the words.

Usage: fold_words.py [--exclude FILE] [FORMS...] > words.txt   (standard input when no FORMS)

Each form is split and folded exactly as com.clearmark.engine.text.Tokenizer does it with
TextFolding's table: a character folds to the first character of its NFKD decomposition when
that is an ASCII letter or digit (lower-cased: É and é give e, ｆ gives f), any other letter
or digit is lower-cased and kept (ß, œ, ø stay), and everything else (hyphen, apostrophe,
period, space) separates tokens. So `porte-monnaie` gives `porte` and `monnaie`, and
`aujourd'hui` gives `aujourd` and `hui`, which is what a listing's tokens look like. (The
engine also maps Cyrillic and Greek look-alikes to Latin letters; the dictionaries are in Latin
script, so that part of its table is left out here.)

A token is kept when it has at least three characters, all letters of the Latin script (so not
`µmol`, whose micro sign the engine's table reads as Greek once upper-cased). Tokens with a
non-ASCII letter that sellers commonly type in ASCII also get that spelling (œ as oe, æ as ae,
ß as ss), so `cœur` gives `cœur` and `coeur`. Words named in the --exclude file (folded, one
a line, # for comments) are dropped, with their plurals in -s and -es. The result is
deduplicated and sorted by code point.
"""

import sys
import unicodedata

# Letters the engine keeps as they are, with the ASCII spelling keyboards without them use.
ASCII_SPELLING = {"œ": "oe", "æ": "ae", "ß": "ss"}

# Symbols TextFolding keeps so that the tokenizer can read them as letters (Adid@s).
LEET_SYMBOLS = "@$!|"

_fold_cache = {}


def fold_char(c):
    """TextFolding.fold(c) for one character; '\\0' for a separator."""
    f = _fold_cache.get(c)
    if f is None:
        f = _fold(c)
        _fold_cache[c] = f
    return f


def _ascii_fold(c):
    if "A" <= c <= "Z":
        return c.lower()
    if "a" <= c <= "z" or "0" <= c <= "9" or c in LEET_SYMBOLS:
        return c
    return "\0"


def _fold(c):
    if ord(c) > 0xFFFF:
        return "\0"  # a surrogate pair: Java sees two separators
    if ord(c) < 128:
        return _ascii_fold(c)
    category = unicodedata.category(c)
    letter_or_digit = category.startswith("L") or category == "Nd"
    if not letter_or_digit and not "\uff01" <= c <= "\uff5e":
        return "\0"
    compat = unicodedata.normalize("NFKD", c)
    base = compat[0] if compat else "\0"
    if ord(base) < 128 and base != "\0" and _ascii_fold(base) != "\0":
        return _ascii_fold(base)
    lower = c.lower()
    return lower if len(lower) == 1 else c


def tokens(form):
    word = []
    for c in form:
        f = fold_char(c)
        if f == "\0":
            if word:
                yield "".join(word)
                word = []
        else:
            word.append(f)
    if word:
        yield "".join(word)


def is_latin_letter(c):
    return "a" <= c <= "z" or c.isalpha() and unicodedata.name(c, "").startswith("LATIN ")


def read_excluded(path):
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def excluded(word, words):
    return word in words or word[:-1] in words and word.endswith("s") or (
        word[:-2] in words and word.endswith("es"))


def main():
    args = sys.argv[1:]
    exclude = set()
    if len(args) >= 2 and args[0] == "--exclude":
        exclude = read_excluded(args[1])
        args = args[2:]
    streams = [open(p, encoding="utf-8") for p in args] or [sys.stdin]
    words = set()
    for stream in streams:
        for line in stream:
            for token in tokens(line.rstrip("\n")):
                if len(token) >= 3 and all(map(is_latin_letter, token)):
                    words.add(token)
                    ascii_form = "".join(ASCII_SPELLING.get(c, c) for c in token)
                    if ascii_form != token:
                        words.add(ascii_form)
    out = sys.stdout
    for w in sorted(words):
        if not excluded(w, exclude):
            out.write(w)
            out.write("\n")


if __name__ == "__main__":
    main()
