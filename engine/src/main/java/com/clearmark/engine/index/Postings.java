package com.clearmark.engine.index;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Int lists keyed by a dense term id, built by appending and then frozen into one flat array with
 * offsets, so that reading a list is two array reads and no object.
 */
final class Postings {

  private int[][] building = new int[64][];
  private int[] counts = new int[64];
  private int[] offsets;
  private int[] values;

  void add(int term, int value) {
    if (term >= building.length) {
      int cap = Math.max(term + 1, building.length * 2);
      building = Arrays.copyOf(building, cap);
      counts = Arrays.copyOf(counts, cap);
    }
    int[] list = building[term];
    int n = counts[term];
    if (list == null) {
      list = new int[2];
      building[term] = list;
    } else if (n > 0 && list[n - 1] == value) {
      return;
    } else if (n == list.length) {
      list = Arrays.copyOf(list, n * 2);
      building[term] = list;
    }
    list[n] = value;
    counts[term] = n + 1;
  }

  void freeze(int termCount) {
    offsets = new int[termCount + 1];
    int total = 0;
    for (int t = 0; t < termCount; t++) {
      offsets[t] = total;
      total += t < counts.length ? counts[t] : 0;
    }
    offsets[termCount] = total;
    values = new int[total];
    for (int t = 0; t < termCount && t < building.length; t++) {
      if (building[t] != null) {
        System.arraycopy(building[t], 0, values, offsets[t], counts[t]);
      }
    }
    building = null;
    counts = null;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(offsets.length);
    for (int o : offsets) {
      out.writeInt(o);
    }
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  static Postings read(IndexInput in) {
    var p = new Postings();
    p.building = null;
    p.counts = null;
    int offsetCount = in.getInt();
    p.offsets = in.ints(offsetCount);
    int valueCount = in.getInt();
    p.values = in.ints(valueCount);
    if (offsetCount < 1 || p.offsets[offsetCount - 1] != valueCount) {
      throw new IllegalArgumentException("bad postings");
    }
    return p;
  }

  int start(int term) {
    return offsets[term];
  }

  int end(int term) {
    return offsets[term + 1];
  }

  int value(int i) {
    return values[i];
  }
}
