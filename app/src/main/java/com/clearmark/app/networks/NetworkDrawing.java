package com.clearmark.app.networks;

import com.clearmark.app.networks.NetworkService.Member;
import com.clearmark.app.networks.SellerGraph.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A network drawn as an SVG the page inlines: members evenly spaced on a circle, one line per
 * linked pair (however many kinds of link it has), the evidence in the line's tooltip. No
 * JavaScript; the table beside it says the same in words.
 */
record NetworkDrawing(int size, List<Node> nodes, List<Edge> edges) {

  static final int SIZE = 480;
  private static final int MARGIN = 90;

  record Node(long sellerId, String label, String tone, double x, double y) {}

  record Edge(double x1, double y1, double x2, double y2, String kinds, String evidence) {}

  static NetworkDrawing circle(List<Member> members, List<Link> links) {
    double centre = SIZE / 2.0;
    double radius = centre - MARGIN;
    Map<Long, Node> nodes = new LinkedHashMap<>();
    int n = members.size();
    for (int i = 0; i < n; i++) {
      // Starting at the top and going clockwise; two members sit side by side.
      double angle = -Math.PI / 2 + (n == 2 ? Math.PI / 2 : 0) + 2 * Math.PI * i / n;
      Member m = members.get(i);
      String label = m.seller().name().isBlank() ? m.seller().sellerId() : m.seller().name();
      nodes.put(
          m.seller().id(),
          new Node(
              m.seller().id(),
              label,
              m.risk().tone(),
              round(centre + radius * Math.cos(angle)),
              round(centre + radius * Math.sin(angle))));
    }
    Map<String, List<Link>> byPair = new LinkedHashMap<>();
    for (Link l : links) {
      byPair.computeIfAbsent(l.from().id() + "-" + l.to().id(), k -> new ArrayList<>()).add(l);
    }
    List<Edge> edges = new ArrayList<>();
    Map<Long, Node> at = new HashMap<>(nodes);
    for (List<Link> pair : byPair.values()) {
      Node a = at.get(pair.get(0).from().id());
      Node b = at.get(pair.get(0).to().id());
      if (a == null || b == null) {
        continue;
      }
      edges.add(
          new Edge(
              a.x(),
              a.y(),
              b.x(),
              b.y(),
              String.join(
                  " ", pair.stream().map(l -> l.kind().name().toLowerCase(Locale.ROOT)).toList()),
              String.join("; ", pair.stream().map(Link::evidence).toList())));
    }
    return new NetworkDrawing(SIZE, List.copyOf(nodes.values()), edges);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
