package com.clearmark.bench;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.TextFolding;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * The exact-only baseline: every live mark as a keyword of an Aho-Corasick automaton (the {@code
 * org.ahocorasick} library), matched case-insensitively on whole words over every text field. It
 * finds a mark only as registered.
 */
final class AhoCorasickDetector implements Detector {

  private final Trie trie;
  private final Map<String, String> keyOf = new HashMap<>();

  AhoCorasickDetector(List<Mark> marks) {
    var builder = Trie.builder().ignoreCase().onlyWholeWords();
    for (Mark m : marks) {
      if (m.isLive()) {
        String keyword = m.name().toLowerCase(Locale.ROOT);
        builder.addKeyword(keyword);
        keyOf.put(keyword, TextFolding.compactKey(m.name()));
      }
    }
    this.trie = builder.build();
  }

  @Override
  public String name() {
    return "Aho-Corasick (exact)";
  }

  @Override
  public void scan(String text, Set<String> found) {
    for (Emit e : trie.parseText(text)) {
      String key = keyOf.get(e.getKeyword().toLowerCase(Locale.ROOT));
      if (key != null) {
        found.add(key);
      }
    }
  }
}
