package com.clearmark.engine.similarity;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** PLACEHOLDER until the candidate index lands: every mark is a candidate. */
public final class ClearanceCandidates {
  private final int n;
  private final Map<String, Integer> df = new HashMap<>();

  private ClearanceCandidates(List<Mark> marks) {
    n = marks.size();
    var t = new Tokenizer();
    for (Mark m : marks) {
      t.reset(m.name());
      for (int i = 0; i < t.size(); i++) {
        df.merge(t.term(i), 1, Integer::sum);
      }
    }
  }

  public static ClearanceCandidates build(List<Mark> marks) {
    return new ClearanceCandidates(marks);
  }

  public int[] candidates(String proposed, Function<String, List<String>> equivalents, int max) {
    int[] all = new int[Math.min(n, max)];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  public int wordFrequency(String w) {
    return df.getOrDefault(w, 0);
  }

  public int markCount() {
    return n;
  }
}
