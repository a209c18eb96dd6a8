package com.clearmark.app.fault;

import java.nio.charset.StandardCharsets;

/**
 * A seller's catalogue of trail gear in Clearmark's canonical CSV (no cell needs quoting), large
 * enough that an import or a re-screen of it takes long enough to be caught in each of its phases.
 * Every third listing names a brand in its title that the registry does not hold yet.
 */
final class GeneratedCatalogue {

  static final String HEADER =
      "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace";

  private static final String[] GOODS = {
    "trail running shoe", "hiking backpack 30 L", "insulated water bottle", "trekking pole pair",
    "merino hiking sock", "rain shell jacket", "headlamp 400 lumen", "camp stove burner"
  };

  private GeneratedCatalogue() {}

  /** How many of {@code listings} rows name {@code brand} in their title. */
  static int naming(int listings) {
    return (listings + 2) / 3;
  }

  static byte[] csv(int listings, String brand) {
    var out = new StringBuilder(listings * 700);
    out.append(HEADER).append('\n');
    for (int i = 0; i < listings; i++) {
      String goods = GOODS[i % GOODS.length];
      String title = (i % 3 == 0 ? brand + " " : "Fenwick ") + goods + " model " + (1000 + i);
      out.append("FW-")
          .append(String.format("%06d", i))
          .append(',')
          .append(',')
          .append(title)
          .append(",Fenwick,")
          .append("Breathable mesh|Reinforced seams|Two-year warranty")
          .append(',')
          .append(
              "Built for long days on rough ground and tested on alpine trails through wet and"
                  + " dry seasons with materials chosen to last and to be repaired rather than"
                  + " replaced. Packed in recycled cardboard. Model ")
          .append(1000 + i)
          .append(" of the Fenwick outdoor range")
          .append(',')
          .append("trail outdoor hiking ")
          .append(goods)
          .append(',')
          .append(19 + i % 80)
          .append(".99,USD,Sports & Outdoors,US\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
