#!/usr/bin/env bash
# Builds the non-English word lists that com.clearmark.engine.text.Lexicon.otherLanguages() loads.
#
#   engine/lexicon/build.sh            # writes engine/src/main/resources/com/clearmark/engine/text/
#   engine/lexicon/build.sh OUT_DIR    # writes elsewhere, e.g. to compare with the shipped lists
#
# Needs Debian (apt-get, dpkg-deb) and python3; run as root, or with apt lists already fetched.
# The same Debian package versions give byte-identical lists (sorted, gzip -n).
#
# Sources: Debian's Hunspell dictionaries whose licence lets the lists ship inside a commercial
# product with a notice. The packages are downloaded (apt-get download) and unpacked into a
# scratch directory rather than installed, so that the build neither needs nor replaces the
# machine's own dictionaries (the French variants conflict with one another).
#
#   language    package(s)                     licence used (from the package's copyright file)
#   spanish     hunspell-es                    MPL-1.1+ (tri-licence GPL-3+ / LGPL-3+ / MPL-1.1+)
#   french      hunspell-fr-comprehensive      MPL-2.0
#   portuguese  hunspell-pt-pt                 MPL-1.1 (tri-licence GPL-2 / LGPL-2.1 / MPL-1.1)
#   dutch       hunspell-nl, wdutch            BSD-3-Clause (dual licence BSD / CC-BY-3.0)
#
# Left out because every Debian source is GPL only: German (hunspell-de-*, wngerman, wogerman,
# wswiss: igerman98, GPL-2+; hunspell-de-med: GPL-3+) and Italian (hunspell-it: GPL-3;
# witalian, aspell-it: GPL-3+; iitalian: GPL). Also left out: hunspell-pt-br (LGPL-3 or MPL,
# licence fine): beyond what hunspell-pt-pt already gives it adds 222,000 entries and, with its
# plural and feminine forms, 540,000 words, nearly all of them rare scientific terms or
# oddities (omologia, leit, fao) that would mostly hide misspelt marks; and the w* lists other
# than wdutch (wfrench, wbrazilian: GPL; wspanish, wportuguese: smaller than the expansions).
#
# Steps, for each language:
#  1. hunspell_forms.py expands the dictionary into its word forms (prefixes, suffixes, twofold
#     suffixes, continuation classes), from entries written in lower case only (capitalised
#     entries are names of people, places, products and brands, or acronyms) and not tagged as
#     proper nouns; forms the dictionary forbids or marks as doubtful are removed. Where a
#     language is large because of its verb conjugations, a policy keeps of each verb the
#     infinitive, participles, gerund, imperative, and present-tense first and third person
#     singular and third plural (contient, incluye, lava) and drops other tenses and persons:
#     listings describe products in the present, and the full conjugations would make these
#     lists two to three times larger (Spanish 613,000 words instead of 259,000, French 416,000
#     instead of 201,000, Portuguese 385,000 instead of 145,000), mostly with forms such as
#     lavaríamos that no listing uses but that can hide a misspelt mark.
#  2. fold_words.py folds every form as the engine's Tokenizer does (lower case, diacritics
#     removed: café -> cafe; split at hyphens and apostrophes), keeps tokens of three or more
#     letters, adds the ASCII spelling of œ, æ and ß, deduplicates and sorts. It drops the few
#     trade marks that dictionaries list as common nouns (trademarks.txt: un bic, een barbie).
#  3. The sorted list is gzipped as LANGUAGE-lexicon.txt.gz next to its LANGUAGE-lexicon.NOTICE.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/../src/main/resources/com/clearmark/engine/text}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

if ! command -v python3 >/dev/null; then
  apt-get install -y python3
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PACKAGES=(hunspell-es hunspell-fr-comprehensive hunspell-pt-pt hunspell-nl wdutch)
if ! (cd "$WORK" && apt-get download "${PACKAGES[@]}" >/dev/null 2>&1); then
  apt-get update >/dev/null
  (cd "$WORK" && apt-get download "${PACKAGES[@]}" >/dev/null)
fi
declare -A VERSION
for deb in "$WORK"/*.deb; do
  dpkg-deb -x "$deb" "$WORK/root"
  VERSION[$(dpkg-deb -f "$deb" Package)]="$(dpkg-deb -f "$deb" Version)"
done
DICT="$WORK/root/usr/share/hunspell"
DOC="$WORK/root/usr/share/doc"

# Stops the build when a package's copyright file no longer grants the licence this build
# relies on, so that a relicensed dictionary is never shipped by accident.
require_licence() {
  local package="$1" pattern="$2"
  if ! grep -Eq "$pattern" "$DOC/$package/copyright"; then
    echo "build.sh: $package's copyright no longer matches '$pattern'; check its licence" >&2
    exit 1
  fi
}
require_licence hunspell-es 'License: GPL-3\+ or LGPL-3\+ or MPL-1\.1\+'
require_licence hunspell-fr-comprehensive 'License: MPL-2\.0'
require_licence hunspell-pt-pt 'License: GPL-2 or LGPL-2\.1 or MPL-1\.1'
require_licence hunspell-nl 'BSD'
require_licence wdutch 'BSD'

forms() { # DICTIONARY POLICY
  python3 "$HERE/hunspell_forms.py" --policy "$2" "$DICT/$1.dic" "$DICT/$1.aff"
}

write_list() { # LANGUAGE, forms on standard input
  python3 "$HERE/fold_words.py" --exclude "$HERE/trademarks.txt" |
    gzip -9n >"$OUT/$1-lexicon.txt.gz"
  printf '%-11s %8d words %9d bytes gzipped\n' "$1" \
    "$(gzip -dc "$OUT/$1-lexicon.txt.gz" | wc -l)" "$(wc -c <"$OUT/$1-lexicon.txt.gz")"
}

forms es_ES spanish-verbs | write_list spanish
forms fr tagged-verbs | write_list french
forms pt_PT tagged-verbs | write_list portuguese
# Dutch writes compounds as one word and Hunspell accepts most of them by compounding rules,
# which are not expanded; OpenTaal's own full-form list (wdutch) has them.
{ forms nl all; grep -v '[[:upper:]]' "$WORK/root/usr/share/dict/dutch"; } | write_list dutch

notice() { # LANGUAGE, text on standard input
  cat >"$OUT/$1-lexicon.NOTICE"
}

notice spanish <<EOF
spanish-lexicon.txt.gz lists Spanish words derived from the Debian package hunspell-es
${VERSION[hunspell-es]} (source package libreoffice-dictionaries): the Spanish spelling
dictionary of the RLA-ES project (https://github.com/sbosio/rla-es), by Santiago Bosio and the
RLA-ES contributors.

The dictionary is licensed under GPL-3+ or LGPL-3+ or MPL-1.1+, at the user's choice; Clearmark
uses it under the Mozilla Public License, version 1.1 or later. This list is a modified form of
its files es_ES.dic and es_ES.aff, made by engine/lexicon/build.sh: the dictionary's word forms
were expanded from its affix rules, lower-case entries only, keeping of the verbs the
infinitive, participles, gerund, imperative and present-tense first and third person singular
and third plural forms; then folded to lower case without diacritics, words of three or more
letters, sorted, less the trade marks in engine/lexicon/trademarks.txt. The unmodified
dictionary is available from Debian (apt-get source libreoffice-dictionaries) and from the
project above. The Mozilla Public License is at https://www.mozilla.org/MPL/ (on Debian,
/usr/share/common-licenses/MPL-1.1).

The list is used only as a signal that a word is an ordinary Spanish word.
EOF

notice french <<EOF
french-lexicon.txt.gz lists French words derived from the Debian package
hunspell-fr-comprehensive ${VERSION[hunspell-fr-comprehensive]} (source package hunspell-fr):
the "toutes variantes" French spelling dictionary of Dicollecte / Grammalecte, by Olivier R. and
the Dicollecte contributors (https://grammalecte.net/).

This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy
of the MPL was not distributed with this file, You can obtain one at
https://mozilla.org/MPL/2.0/.

This list is a modified form of the dictionary's files fr.dic and fr.aff, made by
engine/lexicon/build.sh: the dictionary's word forms were expanded from its affix rules, entries
in lower case and not tagged as proper nouns (po:npr), keeping of the verbs the infinitive,
participles, imperative and present-tense forms tagged 1sg, 3sg or 3pl; then folded to lower
case without diacritics, split at apostrophes and hyphens, words of three or more letters,
sorted, less the trade marks in engine/lexicon/trademarks.txt. The unmodified dictionary is
available from Debian (apt-get source hunspell-fr) and from the project above.

The list is used only as a signal that a word is an ordinary French word.
EOF

notice portuguese <<EOF
portuguese-lexicon.txt.gz lists Portuguese words derived from the Debian package hunspell-pt-pt
${VERSION[hunspell-pt-pt]} (source package libreoffice-dictionaries): the European Portuguese
spelling dictionary of Projecto Natura, Universidade do Minho (https://natura.di.uminho.pt/), by
José João de Almeida, Rui Vilela and Alberto Simões, following the 1990 Orthographic Agreement
that Portugal and Brazil share.

The dictionary is licensed under GPL-2 or LGPL-2.1 or MPL-1.1, at the user's choice; Clearmark
uses it under the Mozilla Public License, version 1.1. This list is a modified form of its files
pt_PT.dic and pt_PT.aff, made by engine/lexicon/build.sh: the dictionary's word forms were
expanded from its affix rules, entries in lower case and not tagged as proper nouns (CAT=np),
keeping of the verbs the infinitive, participles, gerund, imperative and present-tense forms of
the first and third person singular and third plural; then folded to lower case without
diacritics, split at hyphens, words of three or more letters, sorted, less the trade marks in
engine/lexicon/trademarks.txt. The unmodified dictionary is available from Debian (apt-get
source libreoffice-dictionaries) and from the project above. The Mozilla Public License 1.1 is
at https://www.mozilla.org/MPL/1.1/ (on Debian, /usr/share/common-licenses/MPL-1.1).

The list is used only as a signal that a word is an ordinary Portuguese word.
EOF

notice dutch <<EOF
dutch-lexicon.txt.gz lists Dutch words derived from the Debian packages hunspell-nl
${VERSION[hunspell-nl]} and wdutch ${VERSION[wdutch]} (source package dutch): the OpenTaal Dutch
word list and Hunspell dictionary (https://www.opentaal.org/), made by OpenTaal (Simon Brouwer,
Sander van Geloven and contributors) from earlier work of Simon Brouwer e.a. and the
Nederlandstalige TeX Gebruikersgroep. This list is a modified form of nl.dic, nl.aff and the
word list: the dictionary's word forms were expanded from its affix rules and merged with the
word list's lower-case entries, then folded to lower case without diacritics, split at hyphens
and apostrophes, words of three or more letters, sorted, less the trade marks in
engine/lexicon/trademarks.txt, by engine/lexicon/build.sh. It is used only as a signal that a
word is an ordinary Dutch word.

OpenTaal distributes its word list under the revised BSD licence or Creative Commons Attribution
3.0, at the user's choice; Clearmark uses it under the BSD licence:

Copyright (c) 1996 Nederlandstalige Tex Gebruikersgroep
Copyright (c) 2001, 2002, 2003, 2005 Simon Brouwer e.a.
Copyright (c) 2006, 2007, 2008, 2009, 2010 OpenTaal
Copyright (c) 2020 OpenTaal (Simon Brouwer, Sander van Geloven)
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are permitted
provided that the following conditions are met:

* Redistributions of source code must retain the above copyright notice, this list of conditions
  and the following disclaimer.
* Redistributions in binary form must reproduce the above copyright notice, this list of
  conditions and the following disclaimer in the documentation and/or other materials provided
  with the distribution.
* Neither the name of the OpenTaal, Simon Brouwer e.a., or Nederlandstalige Tex Gebruikersgroep
  nor the names of its contributors may be used to endorse or promote products derived from
  this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR
IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR
CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR
OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
POSSIBILITY OF SUCH DAMAGE.
EOF
