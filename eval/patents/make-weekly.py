#!/usr/bin/env python3
"""Writes a synthetic USPTO weekly grant file (us-patent-grant v4.7 layout, concatenated
documents) for timing 'clearmark patents import'. Every word is generated; no real grant is used.

    python3 eval/patents/make-weekly.py 3000 /tmp/ipg-synthetic.xml
"""
import random
import sys

WORDS = ("body lid wall handle base cap straw loop seal spout chamber opening insulated double"
         " steel plastic silicone removable bottle container cup vessel strap clip ring cover"
         " sleeve valve hinge").split()


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def grant(rng, i):
    description = "\n".join(
        '<p id="p-%04d" num="%04d">%s.</p>' % (j, j, words(rng, 120)) for j in range(80))
    claims = "".join(
        '<claim id="CLM-%05d" num="%05d"><claim-text>%d. A %s comprising:\n'
        '<claim-text>a %s;</claim-text>\n<claim-text>a %s; and</claim-text>\n'
        '<claim-text>a %s.</claim-text></claim-text></claim>\n'
        % (c, c, c, words(rng, 2), words(rng, 3), words(rng, 3), words(rng, 3))
        for c in range(1, 21))
    return """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v47-2022-02-17.dtd" [ ]>
<us-patent-grant lang="EN" dtd-version="v4.7 2022-02-17" id="us-patent-grant" country="US">
<us-bibliographic-data-grant>
<publication-reference><document-id><country>US</country><doc-number>%08d</doc-number><kind>B2</kind><date>20210615</date></document-id></publication-reference>
<application-reference appl-type="utility"><document-id><country>US</country><doc-number>16%06d</doc-number><date>20190301</date></document-id></application-reference>
<us-term-of-grant><us-term-extension>%d</us-term-extension></us-term-of-grant>
<classifications-cpc><main-cpc><classification-cpc><section>A</section><class>47</class><subclass>G</subclass><main-group>19</main-group><subgroup>2266</subgroup></classification-cpc></main-cpc></classifications-cpc>
<invention-title id="d2e1">%s</invention-title>
<assignees><assignee><addressbook><orgname>Assignee %d</orgname><role>02</role></addressbook></assignee></assignees>
</us-bibliographic-data-grant>
<abstract id="abstract"><p id="p-0001" num="0000">%s.</p></abstract>
<description id="description">
%s
</description>
<us-claim-statement>What is claimed is:</us-claim-statement>
<claims id="claims">
%s</claims>
</us-patent-grant>
""" % (11000000 + i, i, i % 500, words(rng, 4), i % 97, words(rng, 60), description, claims)


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(16)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(count):
            f.write(grant(rng, i))


if __name__ == "__main__":
    main()
