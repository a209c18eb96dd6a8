#!/usr/bin/env python3
"""Expand a Hunspell dictionary (.dic + .aff) into the word forms it accepts.

Usage: hunspell_forms.py [--policy all|tagged-verbs|spanish-verbs] DIC AFF > forms.txt

The policy chooses which verb forms to keep (see the classes below); the default, all, keeps
every form.

Hunspell's own `unmunch` only understands single-character flags and no continuation classes,
so it prints flag garbage for FLAG long dictionaries (French, Dutch) and misses twofold
suffixes. This expander implements the part of the Hunspell affix grammar (hunspell(5)) that
generates words:

* FLAG char, long, num and UTF-8, and AF flag aliases;
* PFX and SFX rules with strip, add, condition and cross product;
* continuation classes: a suffix may allow a second suffix (twofold suffixes, as Hunspell
  allows, at most two), and prefixes and suffixes may allow each other;
* NEEDAFFIX (a stem that is a word only with an affix), CIRCUMFIX (a prefix and a suffix that
  come together), ONLYINCOMPOUND (parts of compounds only: skipped), FORBIDDENWORD and WARN
  (forms the dictionary marks as wrong or doubtful: removed), OCONV output conversion.

Compounding (COMPOUNDRULE, COMPOUNDBEGIN...) is not expanded: a compound is not one dictionary
word, and the screening engine looks words up whole.

Only entries written wholly in lower case are expanded, as for the English list: entries with a
capital letter are names of people, places, products and brands, or acronyms. Entries the
dictionary tags as proper nouns (`po:npr` in the French Dicollecte dictionary, `CAT=np` in the
Portuguese one) are skipped too, since some of them are lower-case brand names (openSUSE,
digiKam). Forms are printed one per line, unfolded and in no particular order; fold_words.py
folds, filters and sorts them.
"""

import re
import sys

PROPER_NOUN = re.compile(r"(?:^|\s)po:npr\b|\[CAT=np\b")


def read_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:4096].decode("ascii", "replace")
    m = re.search(r"^SET\s+(\S+)", head, re.M)
    encoding = m.group(1) if m else "UTF-8"
    encoding = {"ISO8859-1": "latin-1", "ISO8859-15": "iso8859-15"}.get(encoding, encoding)
    return data.decode(encoding).splitlines()


class Rule:
    __slots__ = ("strip", "add", "cont", "cond", "morph")

    def __init__(self, strip, add, cont, cond, morph):
        self.strip = strip
        self.add = add
        self.cont = cont
        self.cond = cond
        self.morph = morph


class Affixes:
    def __init__(self, path):
        self.flag_mode = "char"
        self.aliases = []
        self.prefixes = {}  # flag -> (cross, [Rule])
        self.suffixes = {}
        self.oconv = []
        self.needaffix = self.circumfix = self.onlyincompound = None
        self.forbidden = self.warn = None
        self.fullstrip = False
        lines = read_lines(path)
        # First pass: options that decide how flags are written.
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and parts[0] == "FLAG":
                self.flag_mode = {"long": "long", "num": "num", "UTF-8": "char"}[parts[1]]
        i = 0
        while i < len(lines):
            parts = lines[i].split()
            i += 1
            if not parts or parts[0].startswith("#"):
                continue
            key = parts[0]
            if key == "AF" and len(parts) >= 2:
                if not self.aliases and parts[1].isdigit():
                    self.aliases.append(frozenset())  # AF count line; aliases are 1-based
                    continue
                self.aliases.append(frozenset(self.parse_flags(parts[1], alias=False)))
            elif key in ("NEEDAFFIX", "PSEUDOROOT"):
                self.needaffix = self.one_flag(parts[1])
            elif key == "CIRCUMFIX":
                self.circumfix = self.one_flag(parts[1])
            elif key == "ONLYINCOMPOUND":
                self.onlyincompound = self.one_flag(parts[1])
            elif key == "FORBIDDENWORD":
                self.forbidden = self.one_flag(parts[1])
            elif key == "WARN":
                self.warn = self.one_flag(parts[1])
            elif key == "FULLSTRIP":
                self.fullstrip = True
            elif key == "OCONV" and len(parts) == 3:
                self.oconv.append((parts[1].replace("_", " "), parts[2].replace("_", " ")))
            elif key in ("PFX", "SFX") and len(parts) >= 4 and parts[2] in ("Y", "N"):
                flag = self.one_flag(parts[1])
                count = int(parts[3])
                rules = []
                for _ in range(count):
                    rp = lines[i].split()
                    i += 1
                    rules.append(self.parse_rule(key, rp))
                table = self.prefixes if key == "PFX" else self.suffixes
                cross, old = table.get(flag, (parts[2] == "Y", []))
                table[flag] = (cross, old + rules)

    def one_flag(self, text):
        flags = self.parse_flags(text, alias=False)
        return flags[0]

    def parse_flags(self, text, alias=True):
        if alias and self.aliases and text.isdigit():
            return list(self.aliases[int(text)])
        if self.flag_mode == "long":
            return [text[k : k + 2] for k in range(0, len(text) - 1, 2)]
        if self.flag_mode == "num":
            return [f for f in text.split(",") if f]
        return list(text)

    def parse_rule(self, kind, rp):
        strip = "" if rp[2] == "0" else rp[2]
        add = rp[3] if len(rp) > 3 else "0"
        cont = frozenset()
        slash = find_unescaped_slash(add)
        if slash >= 0:
            cont = frozenset(self.parse_flags(add[slash + 1 :]))
            add = add[:slash]
        add = "" if add == "0" else add.replace("\\/", "/")
        cond = rp[4] if len(rp) > 4 else "."
        regex = None
        if cond != ".":
            pattern = condition_regex(cond)
            regex = re.compile("^" + pattern if kind == "PFX" else pattern + "$")
        return Rule(strip, add, cont, regex, " ".join(rp[5:]))

    def output(self, word):
        for a, b in self.oconv:
            word = word.replace(a, b)
        return word


def find_unescaped_slash(text):
    k = text.find("/")
    while k > 0 and text[k - 1] == "\\":
        k = text.find("/", k + 1)
    return k


def condition_regex(cond):
    out = []
    k = 0
    while k < len(cond):
        c = cond[k]
        if c == "[":
            end = cond.index("]", k)
            body = cond[k + 1 : end]
            neg = body.startswith("^")
            if neg:
                body = body[1:]
            out.append("[" + ("^" if neg else "") + "".join(re.escape(ch) for ch in body) + "]")
            k = end + 1
        elif c == ".":
            out.append(".")
            k += 1
        else:
            out.append(re.escape(c))
            k += 1
    return "".join(out)


def apply_suffix(aff, rule, word):
    if rule.strip and not word.endswith(rule.strip):
        return None
    if len(rule.strip) >= len(word) and not (aff.fullstrip and len(rule.strip) == len(word)):
        return None
    if rule.cond is not None and not rule.cond.search(word):
        return None
    return word[: len(word) - len(rule.strip)] + rule.add


def apply_prefix(aff, rule, word):
    if rule.strip and not word.startswith(rule.strip):
        return None
    if len(rule.strip) >= len(word) and not (aff.fullstrip and len(rule.strip) == len(word)):
        return None
    if rule.cond is not None and not rule.cond.match(word):
        return None
    return rule.add + word[len(rule.strip) :]


# A suffix class that gives one entry this many forms or more is a verb paradigm (conjugation or
# pronoun-attached forms); noun and adjective classes give at most four (number and gender).
PARADIGM = 6


class Everything:
    """Every form the dictionary accepts."""

    def allow(self, kind, flag, rule):
        return True

    def keep_paradigm_form(self, root, form):
        return True


PT_PERSONS_KEPT = {("1", "s"), ("3", "s"), ("1_3", "s"), ("3", "p")}


class TaggedVerbs(Everything):
    """Verb forms chosen by the tense and person tags on the affix rules.

    Kept: infinitive, participles, gerund, imperative, and the present indicative and
    subjunctive of the first and third person singular and the third person plural (what product
    text uses: contient, lave, contém, lava). Every rule without a verb tag (plurals, feminines,
    derivations) is kept.
    """

    # Dicollecte (French): po:ipre po:3sg, po:ifut..., po:ppas, po:infi, po:impe.
    FR_TENSE = re.compile(r"po:(ipre|iimp|ipsi|ifut|cond|spre|simp|impe|ppas|ppre|infi)\b")
    FR_KEEP = re.compile(r"po:(infi|ppas|ppre|impe)\b")
    FR_PRESENT = re.compile(r"po:(ipre|spre)\b")
    FR_PERSON = re.compile(r"po:(1sg|3sg|3pl)\b")
    # Natura (European Portuguese): +P=3,N=s,T=p; T=ppa, T=g, T=ip, T=inf.
    PT_TENSE = re.compile(r"\bT=([a-z_]+)")
    PT_PERSON = re.compile(r"\bP=([0-9_]+),N=([sp])")

    def allow(self, kind, flag, rule):
        morph = rule.morph
        if self.FR_TENSE.search(morph):
            if self.FR_KEEP.search(morph):
                return True
            return bool(self.FR_PRESENT.search(morph) and self.FR_PERSON.search(morph))
        m = self.PT_TENSE.search(morph)
        if m and m.group(1) in ("p", "pc", "i", "pp", "pmp", "f", "c", "fc", "pi", "pic", "ip"):
            tense = m.group(1)
            if tense == "ip":
                return True
            person = self.PT_PERSON.search(morph)
            if tense not in ("p", "pc") or person is None:
                return False
            return (person.group(1), person.group(2)) in PT_PERSONS_KEPT
        return True


class SpanishVerbs(Everything):
    """Spanish verb forms chosen by their ending, since the Spanish dictionary has no tags.

    A form of a verb paradigm (see PARADIGM) is kept when it is the verb's regular stem (the
    infinitive less -ar, -er, -ir) followed by an ending of the infinitive, participle, gerund,
    imperative plural, or the present indicative or subjunctive of the first or third person
    singular or third plural (incluye, contiene, lave, use). A form whose stem changed (quiere,
    puede, tuvo) is one of the irregular present or preterite forms and is kept unless it is a
    second person or plural form (ends in s) or carries attached pronouns (an accented form ending
    in lo, la, le, se, me, te: lávalo). Other tenses and persons are dropped.
    """

    ENDINGS = {
        "ar": {"ar", "arse", "o", "a", "an", "e", "en", "ado", "ada", "ados", "adas", "ando",
               "ad"},
        "er": {"er", "erse", "o", "e", "en", "a", "an", "ido", "ida", "idos", "idas", "ído",
               "ída", "ídos", "ídas", "iendo", "ed", "yo", "ye", "yen", "ya", "yan", "yendo"},
        "ir": {"ir", "irse", "o", "e", "en", "a", "an", "ido", "ida", "idos", "idas", "ído",
               "ída", "ídos", "ídas", "iendo", "id", "yo", "ye", "yen", "ya", "yan", "yendo"},
    }
    ENCLITIC = re.compile(r"[áéíóú].*(lo|la|le|se|me|te|nos|os)$")

    def keep_paradigm_form(self, root, form):
        theme = root[-2:].replace("í", "i")
        endings = self.ENDINGS.get(theme)
        if endings is None:
            return True
        stem = root[:-2]
        if form.startswith(stem):
            return form[len(stem) :] in endings
        # The stem changed (quiere, puede, tuvo) or its spelling did (toque, llegue, empiece).
        return not form.endswith("s") and not self.ENCLITIC.search(form)


def policy(name):
    if name == "all":
        return Everything()
    if name == "tagged-verbs":
        return TaggedVerbs()
    if name == "spanish-verbs":
        return SpanishVerbs()
    raise SystemExit("unknown policy " + name)


def expand(aff, word, flags, out, keep=Everything()):
    """Adds to out every form of word that Hunspell accepts and the policy keeps."""
    flags = set(flags)
    if aff.onlyincompound in flags:
        return
    if aff.needaffix not in flags and aff.circumfix not in flags:
        out.add(word)

    # Suffixed forms: (form, cross product allowed, circumfix, needs another affix, flags the
    # suffixes' continuation classes add).
    suffixed = []
    for f in flags:
        entry = aff.suffixes.get(f)
        if entry is None:
            continue
        cross, rules = entry
        level1 = []
        for rule in rules:
            if keep.allow("SFX", f, rule):
                form = apply_suffix(aff, rule, word)
                if form is not None:
                    level1.append((rule, form))
        paradigm = len({form for _, form in level1}) >= PARADIGM
        for rule, form in level1:
            circ = aff.circumfix in rule.cont
            kept = not paradigm or keep.keep_paradigm_form(word, form)
            if kept:
                need = aff.needaffix in rule.cont or aff.onlyincompound in rule.cont
                suffixed.append((form, cross, circ, need, rule.cont))
            for g in rule.cont:
                entry2 = aff.suffixes.get(g)
                if entry2 is None:
                    continue
                for rule2 in entry2[1]:
                    if not keep.allow("SFX", g, rule2):
                        continue
                    form2 = apply_suffix(aff, rule2, form)
                    if form2 is None:
                        continue
                    if paradigm and not keep.keep_paradigm_form(word, form2):
                        continue
                    circ2 = circ or aff.circumfix in rule2.cont
                    need2 = aff.needaffix in rule2.cont or aff.onlyincompound in rule2.cont
                    suffixed.append((form2, cross, circ2, need2, rule.cont | rule2.cont))
    for form, _, circ, need, _ in suffixed:
        if not circ and not need:
            out.add(form)

    # Prefixed forms, alone and with the suffixed ones.
    prefix_flags = {f for f in flags if f in aff.prefixes}
    for s in suffixed:
        prefix_flags.update(g for g in s[4] if g in aff.prefixes)
    for p in prefix_flags:
        cross, rules = aff.prefixes[p]
        for rule in rules:
            if not keep.allow("PFX", p, rule):
                continue
            form = apply_prefix(aff, rule, word)
            if form is None:
                continue
            pcirc = aff.circumfix in rule.cont
            if aff.onlyincompound in rule.cont:
                continue
            if p in flags and not pcirc and aff.needaffix not in rule.cont:
                out.add(form)
            # Suffixes the prefix itself allows.
            for g in rule.cont:
                entry = aff.suffixes.get(g)
                if entry is None:
                    continue
                for srule in entry[1]:
                    if not keep.allow("SFX", g, srule):
                        continue
                    sform = apply_suffix(aff, srule, word)
                    if sform is not None and pcirc == (aff.circumfix in srule.cont):
                        both = apply_prefix(aff, rule, sform)
                        if both is not None:
                            out.add(both)
            for sform, scross, scirc, _, scont in suffixed:
                allowed = (p in flags and cross and scross) or p in scont
                if allowed and pcirc == scirc:
                    both = apply_prefix(aff, rule, sform)
                    if both is not None:
                        out.add(both)


def main():
    args = sys.argv[1:]
    keep = Everything()
    if len(args) > 2 and args[0] == "--policy":
        keep = policy(args[1])
        args = args[2:]
    dic_path, aff_path = args
    aff = Affixes(aff_path)
    lines = read_lines(dic_path)
    forms = set()
    rejected = set()
    for line in lines[1:]:
        if not line or line[0] in " \t/#":
            continue
        entry = line.split(None, 1)
        if not entry:
            continue
        text = entry[0]
        morph = line[len(text) :]
        slash = find_unescaped_slash(text)
        if slash > 0:
            word, flags = text[:slash], aff.parse_flags(text[slash + 1 :])
        else:
            word, flags = text, []
        word = word.replace("\\/", "/")
        if aff.forbidden in flags or aff.warn in flags:
            bad = [f for f in flags if f not in (aff.forbidden, aff.warn)]
            expand(aff, word, bad, rejected)
            rejected.add(word)
            continue
        if word != word.lower() or PROPER_NOUN.search(morph):
            continue
        expand(aff, word, flags, forms, keep)
    out = sys.stdout
    for form in sorted(forms - rejected):
        out.write(aff.output(form))
        out.write("\n")


if __name__ == "__main__":
    main()
