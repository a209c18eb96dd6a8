package com.clearmark.app.help;

import com.clearmark.app.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Short pages on the law and the marketplace policies behind each rule and each appeal check. */
@Controller
class HelpController {

  @GetMapping("/help")
  String index(Model model) {
    model.addAttribute("nav", "help");
    model.addAttribute("rules", HelpTopics.RULES.values());
    model.addAttribute("checks", HelpTopics.CHECKS.values());
    model.addAttribute("guides", HelpTopics.GUIDES);
    return "help/index";
  }

  @GetMapping("/help/rules/{rule}")
  String rule(@PathVariable String rule, Model model) {
    return page(
        HelpTopics.rule(rule)
            .orElseThrow(
                () -> new NotFoundException("There is no help page for rule " + rule + ".")),
        model);
  }

  @GetMapping("/help/checks/{check}")
  String check(@PathVariable String check, Model model) {
    return page(
        HelpTopics.check(check)
            .orElseThrow(
                () -> new NotFoundException("There is no help page for check " + check + ".")),
        model);
  }

  @GetMapping("/help/guides/{guide}")
  String guide(@PathVariable String guide, Model model) {
    return page(
        HelpTopics.guide(guide)
            .orElseThrow(
                () -> new NotFoundException("There is no help page called " + guide + ".")),
        model);
  }

  private static String page(HelpTopic topic, Model model) {
    model.addAttribute("nav", "help");
    model.addAttribute("topic", topic);
    return "help/topic";
  }
}
