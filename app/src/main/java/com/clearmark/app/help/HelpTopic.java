package com.clearmark.app.help;

import java.util.Objects;

/**
 * One short help page: where it lives, its title and a one-line summary for the index. The page's
 * body is the {@code content} fragment of the template {@code help/<template>.html}.
 *
 * @param template the template's name under {@code templates/help/}, e.g. {@code rules/TM_EXACT}
 */
record HelpTopic(String path, String template, String title, String summary) {

  HelpTopic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
  }
}
