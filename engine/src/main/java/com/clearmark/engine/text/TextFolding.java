package com.clearmark.engine.text;

import java.text.Normalizer;

/**
 * Folds characters so that marks and listing text compare the same way.
 *
 * <p>Every UTF-16 code unit maps, through one table built at class load, to a lower-case ASCII
 * letter, an ASCII digit, a leet symbol kept for {@link #leetLetter(char)}, or {@code 0} for a
 * separator. The table covers:
 *
 * <ul>
 *   <li>case: {@code N} and {@code n};
 *   <li>Latin diacritics, by canonical decomposition: {@code é} to {@code e};
 *   <li>compatibility forms, by NFKC: full-width {@code Ｎ} to {@code n}, ligatures;
 *   <li>confusable letters of other scripts that a reader takes for Latin ones: Cyrillic {@code і},
 *       {@code о}, {@code е}, Greek {@code ο}, {@code Α}.
 * </ul>
 *
 * <p>Alongside the folded character the table records whether it came from another script or a
 * full-width form ({@link #CONFUSABLE}) or carried a diacritic ({@link #ACCENTED}), so that a match
 * reached only through folding can be reported as a look-alike. Lookup is one array read per
 * character; nothing is allocated.
 */
public final class TextFolding {

  /** The folded form came from a Cyrillic, Greek or full-width character. */
  public static final int CONFUSABLE = 1;

  /** The folded form came from a Latin letter with a diacritic. */
  public static final int ACCENTED = 2;

  private static final char[] FOLD = new char[65536];
  private static final byte[] FLAGS = new byte[65536];

  // Cyrillic and Greek letters that render like Latin ones, as pairs: source, Latin.
  private static final String CONFUSABLES =
      "аaвbгrдdеeёeіiїiјjкkмmнhоoпnрpсcтtуyхxьbѕsԁdɡgһhԛqԝwӏl"
          + "АaВbЕeЁeІiЇiЈjКkМmНhОoРpСcТtУyХxЅsԚqԜwӀl"
          + "αaβbγyδdεeζzηnθoιiκkμuνvοoπnρpσoςcτtυuχxωw"
          + "ΑaΒbΓrΕeΖzΗhΘoΙiΚkΜmΝnΟoΠnΡpΤtΥyΧx";

  static {
    for (int c = 0; c < 65536; c++) {
      FOLD[c] = 0;
      char ch = (char) c;
      if (Character.isSurrogate(ch)) {
        continue;
      }
      if (ch < 128) {
        if (ch >= 'A' && ch <= 'Z') {
          FOLD[c] = (char) (ch + 32);
        } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
          FOLD[c] = ch;
        } else if (isLeetSymbol(ch)) {
          FOLD[c] = ch;
        }
        continue;
      }
      if (!Character.isLetterOrDigit(ch) && !(ch >= 0xFF01 && ch <= 0xFF5E)) {
        continue;
      }
      String compat = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKD);
      char base = compat.isEmpty() ? 0 : compat.charAt(0);
      if (base < 128 && base != 0) {
        char folded = FOLD[base];
        if (folded != 0) {
          FOLD[c] = folded;
          boolean fullWidth = ch >= 0xFF01 && ch <= 0xFF5E;
          FLAGS[c] = (byte) (fullWidth ? CONFUSABLE : ACCENTED);
          continue;
        }
      }
      // Letters of other scripts that are not confusable stay themselves, lower-cased, so that
      // words in those scripts still form tokens.
      FOLD[c] = Character.toLowerCase(ch);
    }
    for (int i = 0; i < CONFUSABLES.length(); i += 2) {
      char from = CONFUSABLES.charAt(i);
      char to = CONFUSABLES.charAt(i + 1);
      if (to < 128) {
        FOLD[from] = to;
        FLAGS[from] = CONFUSABLE;
      }
    }
  }

  private TextFolding() {}

  /** The folded form of {@code c}, or {@code 0} when {@code c} separates words. */
  public static char fold(char c) {
    return FOLD[c];
  }

  /** {@link #CONFUSABLE}, {@link #ACCENTED} or 0 for {@code c}. */
  public static int flags(char c) {
    return FLAGS[c];
  }

  /** Symbols that evaders put in place of letters: {@code Adid@s}, {@code Ni$san}. */
  public static boolean isLeetSymbol(char c) {
    return c == '@' || c == '$' || c == '!' || c == '|' || c == '€';
  }

  /**
   * The letter a digit or symbol stands for inside a word, or {@code 0} when it stands for none:
   * {@code 0→o, 1→i, 3→e, 4→a, 5→s, 7→t, 8→b, @→a, $→s, !→i, |→l}.
   */
  public static char leetLetter(char c) {
    return switch (c) {
      case '0' -> 'o';
      case '1', '!' -> 'i';
      case '3' -> 'e';
      case '4', '@' -> 'a';
      case '5', '$' -> 's';
      case '7' -> 't';
      case '8' -> 'b';
      case '|' -> 'l';
      default -> 0;
    };
  }

  /**
   * The normalised key of a whole string: folded characters of its words, separated by single
   * spaces, possessive {@code 's} removed. Used to key marks and brands; the listing hot path uses
   * {@link Tokenizer} instead.
   */
  public static String key(String text) {
    var tokens = new Tokenizer();
    tokens.reset(text);
    var sb = new StringBuilder(text.length());
    for (int t = 0; t < tokens.size(); t++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
    }
    return sb.toString();
  }

  /** The key with spaces removed: {@code Coca-Cola} and {@code CocaCola} share {@code cocacola}. */
  public static String compactKey(String text) {
    return key(text).replace(" ", "");
  }
}
