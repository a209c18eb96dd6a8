#!/usr/bin/env python3
"""Build the word-meaning tables that com.clearmark.engine.text.Meanings loads.

Usage:
  python3 eval/meaning/build.py --omw OMW_DIR [--wordnet /usr/share/wordnet] [--out DIR]
                                [--report FILE]

OMW_DIR holds files of the Open Multilingual Wordnet data, laid out as in its repository
(wns/mcr/wn-data-spa.tab, ...; README.md says which files and commits). The English side is
Princeton WordNet 3.0 as Debian's wordnet-base installs it: every OMW wordnet is aligned to its
synset offsets, so a Spanish lemma and an English lemma in the same synset translate each other
in that sense. Standard library only; the same inputs give the same bytes (gzip without a
timestamp, sorted lines).

Written to --out (the engine's resources by default):
  translations-LANGUAGE.tsv.gz   folded foreign word TAB English words, comma-separated, best first
  synonyms-english.tsv.gz        English word TAB English synonyms, comma-separated, best first
--report writes every table as plain text in one file, for review.

A foreign lemma f and an English lemma e that share a synset s make a candidate pair when:
  - both are one word once folded as the engine folds text (lower case, diacritics removed;
    fold_words.py), three letters or more, and not a trade mark (engine/lexicon/trademarks.txt);
  - f is not a function word of any of the six languages (STOP: the engine does not know which
    language a mark's word is in, so German los goes with Spanish los); e is not one either,
    but for the few that are also English nouns (ENGLISH_CONTENT: car, son, man), nor an
    offensive word (OFFENSIVE);
  - s is a noun or adjective synset whose words WordNet does not label as slang, slurs,
    archaisms, trade names or abbreviations (EXCLUDED_USAGE); e is not a proper noun.
Of the candidates of f, e is kept when:
  1. an English reader takes e in that sense: s is e's first sense in WordNet's frequency order,
     or its second when SemCor tags that sense at least a quarter as often as the first
     (LOBO and WOLF share the wolf synset, wolf's first sense);
  2. e is the English word the sources tie to f most often: OMW lists f in several synsets, and
     a word that comes back in most of them (house for casa, in five of its eleven) is its
     translation, while a word met in one synset only is usually another word of a rare sense
     (casa and firm). When no word stands out, or the ones that do are never read in those
     senses, the pairs are ranked by how often SemCor tags e in s, times three when both
     witnesses give the pair (Wiktionary is one witness, a language's wordnets the other);
     where f is known to both witnesses only pairs that both give count then;
  3. its weight is at least half the best kept pair's; at most four are kept, best first;
  4. f is not a false friend. A spelling that is a common English word (SemCor tags it ten
     times or more: FOUR, French for oven; MAIN, French for hand) is dropped, and so are the
     words of FALSE_FRIENDS; one that is a rarer English word keeps only translations that are
     also that English word's synonyms, unless it is in HOMOGRAPHS_KEPT (CHAT, NEGRO).
German words with umlauts also get their spelling with ae, oe, ue (GRUEN, KOENIG), and words
with œ, æ or ß their spelling with oe, ae, ss, since sellers type them so.

Two English words are synonyms when one noun or adjective synset is the first sense of both,
SemCor tags each of them in it at least three times, and that sense has at least 60% of each
word's tagged uses, so that neither is read in another sense first (BIG and LARGE).
"""

import argparse
import collections
import gzip
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "engine", "lexicon"))
import fold_words  # noqa: E402  the engine's folding, shared with the lexicon build

DEFAULT_OUT = os.path.join(ROOT, "engine", "src", "main", "resources", "com", "clearmark",
                           "engine", "text")

# For each language, its sources in the order they are read: (name, path under OMW_DIR).
SOURCES = {
    "spanish": [("MCR", "wns/mcr/wn-data-spa.tab"), ("Wiktionary", "wns/wikt/wn-wikt-spa.tab")],
    "french": [("Wiktionary", "wns/wikt/wn-wikt-fra.tab")],
    "italian": [("MultiWordNet", "wns/ita/wn-data-ita.tab"),
                ("ItalWordNet", "wns/iwn/wn-data-ita.tab"),
                ("Wiktionary", "wns/wikt/wn-wikt-ita.tab")],
    "german": [("Wiktionary", "wns/wikt/wn-wikt-deu.tab")],
    "portuguese": [("OpenWN-PT", "wns/por/wn-data-por.tab"),
                   ("Wiktionary", "wns/wikt/wn-wikt-por.tab")],
}

# Function words: articles, prepositions, pronouns, conjunctions, auxiliaries and the commonest
# adverbs and quantifiers. None of them is ever made equivalent to anything.
STOP = {
    "english": """a an the and or but nor so yet if then than as at by for from in into of off on
        onto out over to up upon with within without about above across after against along
        among around before behind below beneath beside besides between beyond down during
        except inside near past since through throughout till toward towards under until unto
        via i me my mine myself you your yours yourself yourselves he him his himself she her
        hers herself it its itself we us our ours ourselves they them their theirs themselves
        this that these those who whom whose which what whatever whoever whichever where when
        why how there here am is are was were be been being have has had having do does did
        doing done will would shall should can could may might must ought not no yes all any
        both each either neither every few many more most much other some such own same too
        very just only also even still already ever never again once now soon well quite
        rather almost enough ones nothing something anything everything nobody somebody
        anybody everybody none someone anyone everyone per plus minus versus whether while
        because though although unless whereas hence thus therefore however etc via vs""",
    "spanish": """el la los las lo un una unos unas al del de en con sin por para pero que como
        cuando donde quien quienes cual cuales cuyo cuya este esta estos estas ese esa esos esas
        aquel aquella aquellos aquellas esto eso aquello yo tu usted ustedes nosotros nosotras
        vosotros vosotras ellos ellas mi mis tus su sus nuestro nuestra nuestros nuestras
        vuestro vuestra me te se nos os le les muy mas menos tan tanto ya aun todavia tambien
        tampoco sobre entre hasta desde hacia contra segun ante bajo tras durante mediante
        ser estar haber tener hay es son era fue sido esta estan soy eres somos sois han ha he
        todo toda todos todas otro otra otros otras mismo misma nada algo alguien nadie cada
        ni pues porque aunque sino si no bien mal solo asi aqui alli ahi entonces luego""",
    "french": """le la les un une des du de au aux et ou mais donc car ni que qui quoi dont ou
        quand comme si ne pas plus moins tres trop bien mal ce cet cette ces mon ma mes ton ta
        tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles me
        te se lui eux moi toi soi en y dans par pour sur sous avec sans chez vers entre contre
        depuis pendant avant apres selon parmi malgre hors est sont etre avoir ai as avons
        avez ont suis es etes fait tout toute tous toutes autre autres meme aussi encore deja
        jamais toujours ici voici voila alors puis ainsi rien chaque quel quelle quels
        quelles celui celle ceux celles cela ceci ca oui non""",
    "italian": """il lo la i gli le un uno una del dello della dei degli delle al allo alla ai
        agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sullo
        sulla sui sugli sulle di da in con su per tra fra e ed o od ma che chi cui come dove
        quando se non piu meno molto poco troppo tanto anche ancora gia mai sempre qui qua li
        la questo questa questi queste quello quella quelli quelle io tu lui lei noi voi loro
        mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra vostro vostra mi ti
        si ci vi ne essere avere sono sei siamo siete ho hai ha abbiamo avete hanno era stato
        tutto tutta tutti tutte altro altra altri altre stesso ogni niente nulla qualcosa
        qualcuno nessuno perche pero quindi allora cosi bene male solo""",
    "german": """der die das den dem des ein eine einer eines einem einen und oder aber doch
        denn sondern als wie wenn dass ob weil obwohl in im an am auf aus bei mit nach von vom
        zu zum zur uber unter vor hinter neben zwischen durch fur gegen ohne um bis seit
        wahrend trotz ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen
        mein meine dein deine sein seine unser unsere euer eure ihre dies diese dieser dieses
        jener jene welche welcher welches wer was wo wann warum wie ist sind war waren bin
        bist seid sein haben hat habe hast hatte werden wird wurde kann muss soll will nicht
        kein keine keiner auch noch schon nur sehr mehr weniger ganz alle alles jeder jede
        jedes man etwas nichts hier dort da dann also ja nein so""",
    "portuguese": """o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela
        pelos pelas de em com sem por para entre sobre sob ate desde contra perante apos e ou
        mas que quem qual quais cujo cuja como quando onde se nao mais menos muito pouco tao
        tanto ja ainda tambem sempre nunca aqui ali la este esta estes estas esse essa esses
        essas aquele aquela aqueles aquelas isto isso aquilo eu tu ele ela nos vos eles elas
        voce voces me te lhe lhes meu minha meus minhas teu tua seu sua seus suas nosso nossa
        ser estar ter haver sou es somos sao era foi sido esta estao tem ha todo toda todos
        todas outro outra outros outras mesmo mesma nada algo alguem ninguem cada porque
        porem pois entao assim bem mal so""",
}

# Foreign words spelt like an English word that an English reader would read in its English
# sense, too rare in WordNet's tagged corpus for the frequency rule to catch. Folded.
FALSE_FRIENDS = {
    "spanish": "pie red pan once sin son come mar sale cola dice mete pole tope bizarro "
               "embarazada rope vaso",
    "french": "pain four main coin chair lit sale bras pour fin mare col cent seize "
              "mode rater blesser",
    "italian": "mare burro due ape caldo camera fame parenti morbido pile",
    "german": "gift kind bad hell rot fast art rock bald mist boot brief see hose elf "
              "also will arm handy chef",
    "portuguese": "pasta pretender parentes puxar",
}

# Function words of the other languages that are also English words and translated as such.
ENGLISH_CONTENT = set("""man come war car son hat sin pour male era hay ton fur tan dove bin solo
    sob sue""".split())

# Foreign words kept although spelt like an English word: examiners cite them (CHAT NOIR and
# BLACK CAT; Spanish NEGRO, black) and in marks they are read in the foreign sense.
HOMOGRAPHS_KEPT = {"chat", "negro"}

# English words never offered as a meaning, whatever a source links them to.
OFFENSIVE = set("""pussy shit fuck cunt cock dick prick twat whore slut bitch bastard nigger nigga
    negro coon spade jigaboo nigra wop dago spic kike chink gook honky cracker faggot fag dyke
    queer retard tit tits boob boobs arse ass asshole bugger wank wanker""".split())

MIN_LENGTH = 3
COMMON_ENGLISH = 10        # tagged senses of a spelling at which it is a common English word
SECOND_SENSE_SHARE = 0.25  # a second sense counts when tagged at least this share of the first
DOMINANT_SHARE = 0.5       # a translation counts at this share of the word's heaviest one
SYNONYM_MIN_TAGS = 3
SYNONYM_DOMINANCE = 0.6   # share of a word's tagged uses that its first sense must have
MAX_SYNONYMS = 4
MAX_TRANSLATIONS = 4
CORROBORATION = 3          # weight factor of a sense that both witnesses give

# WordNet usage labels whose words never count: slurs, obscenities, slang and archaisms that
# would pair a plain word with an offensive or obscure one, and trade names, which are marks.
EXCLUDED_USAGE = {
    "06717170",  # disparagement
    "06718862",  # ethnic slur
    "07124340",  # obscenity
    "06605046",  # euphemism
    "07157273",  # slang
    "06336537",  # street name
    "07073447",  # archaism
    "07155661",  # dialect
    "07156497",  # regionalism
    "06845599",  # trade name
    "06851742",  # trademark
    "06307152",  # combining form
    "07091902",  # acronym
    "07091587",  # abbreviation
}

# Nouns and adjectives: what marks are made of. WordNet splits verbs into so many fine senses
# that a shared verb synset says little about what a buyer would take the words to mean.
KEPT_POS = "na"

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}


def fold(text):
    """The engine's folded form of a single word, or None when it is not one word of letters."""
    parts = list(fold_words.tokens(text))
    if len(parts) != 1:
        return None
    word = parts[0]
    if len(word) < MIN_LENGTH or not all(map(fold_words.is_latin_letter, word)):
        return None
    return word


GERMAN_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def spellings(lemma, language):
    """The engine's folded form of a lemma and the spellings sellers type where a keyboard lacks
    a letter: coeur for cœur, weiss for weiß and, in German, gruen for grün (which the engine
    folds to grun). Empty when the lemma is not a single word."""
    out = []
    forms = [lemma]
    if language == "german":
        forms.append("".join(GERMAN_UMLAUTS.get(c, c) for c in lemma))
    for form in forms:
        word = fold(form)
        if not word:
            continue
        for spelt in (word, "".join(fold_words.ASCII_SPELLING.get(c, c) for c in word)):
            if spelt not in out:
                out.append(spelt)
    return out


class WordNet:
    """Princeton WordNet 3.0 from its database files: senses in order, and tag counts."""

    def __init__(self, directory):
        self.senses = {}       # (lemma, pos) -> [synset key, ...] in sense order
        self.words = {}        # synset key -> [(lemma as written, lemma lower)]
        self.tags = collections.Counter()   # (lemma, pos, sense number) -> tag count
        for pos, name in POS_FILES.items():
            with open(os.path.join(directory, "index." + name), encoding="utf-8") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    fields = line.split()
                    lemma, synset_count = fields[0], int(fields[2])
                    offsets = fields[-synset_count:]
                    self.senses[(lemma, pos)] = [o + "-" + pos for o in offsets]
            with open(os.path.join(directory, "data." + name), encoding="utf-8") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    fields = line.split(" ")
                    count = int(fields[3], 16)
                    written = [fields[4 + 2 * i] for i in range(count)]
                    # Adjective markers such as (p) and (a) are not part of the word.
                    written = [re.sub(r"\([a-z]+\)$", "", w) for w in written]
                    at = 4 + 2 * count
                    pointers = int(fields[at])
                    for p in range(pointers):
                        symbol, target, _, numbers = fields[at + 1 + 4 * p: at + 5 + 4 * p]
                        if symbol == ";u" and target in EXCLUDED_USAGE:
                            source = int(numbers[:2], 16)
                            if source == 0:
                                written = []
                            elif source <= len(written):
                                written[source - 1] = None
                    self.words[fields[0] + "-" + pos] = [
                        (w, w.lower()) for w in written if w is not None]
        with open(os.path.join(directory, "cntlist.rev"), encoding="utf-8") as f:
            for line in f:
                key, number, count = line.split()
                lemma, rest = key.split("%", 1)
                pos = SS_TYPE[rest[0]]
                self.tags[(lemma, pos, int(number))] += int(count)
        self.lemma_tags = collections.Counter()
        for (lemma, _pos, _n), c in self.tags.items():
            self.lemma_tags[lemma] += c

    def rank(self, lemma, synset):
        """1 for the lemma's first sense of that synset's part of speech, 2 for the second..."""
        pos = synset[-1]
        try:
            return self.senses[(lemma, pos)].index(synset) + 1
        except (KeyError, ValueError):
            return 0

    def tag(self, lemma, synset):
        r = self.rank(lemma, synset)
        return self.tags[(lemma, synset[-1], r)] if r else 0

    def weight(self, synset):
        """How often the synset's English words are tagged in it: a proxy for its frequency."""
        return sum(self.tag(lower, synset) for _, lower in self.words.get(synset, ()))

    def reads_as(self, lemma, synset):
        """Whether an English reader takes the lemma in this synset's sense."""
        r = self.rank(lemma, synset)
        if r == 1:
            return True
        if r == 2:
            first = self.tags[(lemma, synset[-1], 1)]
            second = self.tags[(lemma, synset[-1], 2)]
            return second >= 1 and second >= SECOND_SENSE_SHARE * first
        return False

    def synsets_of(self, lemma):
        return [s for pos in POS_FILES for s in self.senses.get((lemma, pos), ())]

    def english_words(self, synset, stop):
        """Folded single-word English lemmas of a synset, proper nouns left out."""
        out = []
        for written, lower in self.words.get(synset, ()):
            if written[:1].isupper() or "_" in lower or "-" in lower:
                continue
            f = fold(lower)
            if f and f not in stop and f == lower and f not in OFFENSIVE:
                out.append(f)
        return out


def read_omw(path):
    """(synset key, lemma) pairs of an OMW tab file; satellites are filed as adjectives."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or not fields[1].endswith("lemma"):
                continue
            synset = fields[0].replace("-s", "-a")
            pairs.append((synset, fields[2].strip()))
    return pairs


def read_trademarks():
    path = os.path.join(ROOT, "engine", "lexicon", "trademarks.txt")
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def words(text):
    return set(text.split())


def choose(support, weights, witnessed):
    """The English words to keep for one foreign word, best first (see the module docstring).

    support: English word -> how many of the foreign word's synsets hold it; weights: English
    word -> weight of its best synset that it is read in; witnessed: English words whose best
    synset both witnesses give, or None when the language has one witness or the word only one.
    """
    if not weights:
        return []
    top = max(support.values())
    leaders = [e for e in support if support[e] == top and e in weights]
    if top >= 2 and leaders:
        bar = DOMINANT_SHARE * max(weights[e] for e in leaders)
        kept = [e for e in weights if e in leaders or support[e] >= 2 and weights[e] >= bar]
        order = lambda e: (e not in leaders, -weights[e], e)  # noqa: E731
    else:
        # No English word stands out by being linked more often than the others; or the ones
        # that do are never read in these senses (fiume's flow and stream): rank by weight,
        # and where two witnesses know the word, only what both give counts.
        candidates = [e for e in weights if witnessed is None or e in witnessed]
        if not candidates:
            return []
        bar = DOMINANT_SHARE * max(weights[e] for e in candidates)
        kept = [e for e in candidates if weights[e] >= bar]
        order = lambda e: (-weights[e], e)  # noqa: E731
    return sorted(kept, key=order)[:MAX_TRANSLATIONS]


def build_language(language, omw_dir, wn, stop_english, trademarks, report):
    # A function word of any of the languages: the engine does not know which language a mark's
    # word is in, so German los (lot, fate) goes with Spanish los (the).
    stop = set().union(*(words(w) for w in STOP.values()))
    false_friends = set().union(*(words(w) for w in FALSE_FRIENDS.values()))
    # folded foreign word -> synset -> witnesses: Wiktionary is one, a language's wordnets
    # together another (they are not independent of one another).
    senses = collections.defaultdict(lambda: collections.defaultdict(set))
    for source, relative in SOURCES[language]:
        witness = "wiktionary" if source == "Wiktionary" else "wordnet"
        for synset, lemma in read_omw(os.path.join(omw_dir, relative)):
            if synset[-1] not in KEPT_POS or synset not in wn.words:
                continue
            for f in spellings(lemma, language):
                if f in stop or f in stop_english or f in trademarks or f in false_friends:
                    continue
                senses[f][synset].add(witness)
    table = {}
    dropped_false_friends = 0
    unmatched = 0
    for f, synsets in senses.items():
        english_tags = wn.lemma_tags[f]
        if f not in HOMOGRAPHS_KEPT and english_tags >= COMMON_ENGLISH:
            # Spelt like a common English word: an English reader reads it as that word.
            dropped_false_friends += 1
            continue
        support = collections.Counter()
        weights = {}
        witnessed = set()
        two_witnesses = len(set().union(*synsets.values())) > 1
        for s, witnesses in synsets.items():
            for e in wn.english_words(s, stop_english):
                if e == f or e in trademarks:
                    continue
                support[e] += 1
                if wn.reads_as(e, s):
                    weight = (wn.tag(e, s) + 1) * CORROBORATION ** (len(witnesses) - 1)
                    weights[e] = max(weights.get(e, 0), weight)
                    if len(witnesses) > 1:
                        witnessed.add(e)
        kept = choose(support, weights, witnessed if two_witnesses else None)
        if kept and f not in HOMOGRAPHS_KEPT and english_tags > 0:
            # Spelt like an English word that the tagged corpus attests: keep only what that
            # English word itself means (Spanish motor is an engine, English motor is not).
            english_synonyms = {w for s in wn.synsets_of(f) for _, w in wn.words.get(s, ())}
            kept = [e for e in kept if e in english_synonyms]
            if not kept:
                dropped_false_friends += 1
                continue
        if kept:
            table[f] = kept
        else:
            unmatched += 1
    report.write(f"{language}: {len(senses)} candidate words, {len(table)} kept, "
                 f"{dropped_false_friends} spelt like an English word of another meaning, "
                 f"{unmatched} words without a translation read in its main sense\n")
    return table


def build_synonyms(wn, stop_english, trademarks):
    by_first = collections.defaultdict(list)
    for (lemma, pos), synsets in wn.senses.items():
        if pos not in KEPT_POS:
            continue
        f = fold(lemma)
        if not f or f != lemma or f in stop_english or f in trademarks:
            continue
        s = synsets[0]
        first = wn.tags[(lemma, pos, 1)]
        if first >= SYNONYM_MIN_TAGS and first >= SYNONYM_DOMINANCE * wn.lemma_tags[lemma] and any(
                w == lemma and not written[:1].isupper() for written, w in wn.words[s]):
            by_first[s].append((wn.tags[(lemma, pos, 1)], lemma))
    table = collections.defaultdict(list)
    for s, members in by_first.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda m: (-m[0], m[1]))
        for _, a in members:
            for _, b in members:
                if a != b and b not in table[a] and len(table[a]) < MAX_SYNONYMS:
                    table[a].append(b)
    return table


def write_table(path, table):
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as gz:
        for key in sorted(table):
            gz.write(f"{key}\t{','.join(table[key])}\n".encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buffer.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--omw", required=True, help="directory with the OMW files")
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--report", help="also write every table as text here, for review")
    args = parser.parse_args()
    wn = WordNet(args.wordnet)
    # English words never offered: English function words, and those of the other languages but
    # for the few that are also English nouns (German das is a hyrax in WordNet and stays out;
    # French car stays an English car).
    stop_english = set().union(*(words(w) for w in STOP.values())) - ENGLISH_CONTENT
    trademarks = read_trademarks()
    report = sys.stdout
    tables = {}
    for language in SOURCES:
        tables[language] = build_language(language, args.omw, wn, stop_english, trademarks,
                                          report)
    synonyms = build_synonyms(wn, stop_english, trademarks)
    report.write(f"english synonyms: {len(synonyms)} words\n")
    os.makedirs(args.out, exist_ok=True)
    for language, table in tables.items():
        write_table(os.path.join(args.out, f"translations-{language}.tsv.gz"), table)
    write_table(os.path.join(args.out, "synonyms-english.tsv.gz"), synonyms)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as out:
            for language, table in list(tables.items()) + [("english", synonyms)]:
                for key in sorted(table):
                    out.write(f"{language}\t{key}\t{','.join(table[key])}\n")


if __name__ == "__main__":
    main()
