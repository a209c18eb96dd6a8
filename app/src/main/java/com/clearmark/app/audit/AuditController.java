package com.clearmark.app.audit;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.CsvCells;
import com.clearmark.app.web.FormDates;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class AuditController {

  /** The most entries one export holds; a wider filter is refused with a message to narrow it. */
  static final int EXPORT_LIMIT = 100_000;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final AuditLog audit;
  private final MessageSource messages;

  AuditController(AuditLog audit, MessageSource messages) {
    this.audit = audit;
    this.messages = messages;
  }

  /**
   * The filter as typed into the page: every field is text, so a date that cannot be read is a
   * message beside its field instead of a failed request.
   */
  record AuditQuery(
      String action, String user, String from, String to, Integer page, String tooMany) {

    /** The filter these fields ask for, or the fields' messages when some cannot be read. */
    AuditFilter filter(Map<String, String> errors) {
      LocalDate fromDay = date("from", from, errors);
      LocalDate toDay = date("to", to, errors);
      Long actor = null;
      if (user != null && !user.isBlank()) {
        try {
          actor = Long.parseLong(user.strip());
        } catch (NumberFormatException e) {
          errors.put("user", "choose a member from the list");
        }
      }
      if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
        errors.put("to", "the last day is before the first day");
      }
      return errors.isEmpty()
          ? new AuditFilter(action, actor, fromDay, toDay)
          : AuditFilter.EVERYTHING;
    }

    private static LocalDate date(String field, String text, Map<String, String> errors) {
      try {
        return FormDates.parse(field, text);
      } catch (InvalidInputException e) {
        errors.put(field, FormDates.MESSAGE);
        return null;
      }
    }

    /** The query string of this filter without the page, ending in '&' when not empty. */
    String base() {
      var uri = UriComponentsBuilder.fromPath("");
      put(uri, "action", action);
      put(uri, "user", user);
      put(uri, "from", from);
      put(uri, "to", to);
      String query = uri.build().encode().getQuery();
      return query == null ? "" : query + "&";
    }

    private static void put(UriComponentsBuilder uri, String name, String value) {
      if (value != null && !value.isBlank()) {
        uri.queryParam(name, value.strip());
      }
    }
  }

  @GetMapping("/audit")
  String list(Caller caller, @ModelAttribute("query") AuditQuery query, Model model) {
    model.addAttribute("nav", "audit");
    var errors = new LinkedHashMap<String, String>();
    AuditFilter filter = query.filter(errors);
    model.addAttribute("errors", errors);
    model.addAttribute("actions", audit.actions(caller.organizationId()));
    model.addAttribute("actors", audit.actors(caller.organizationId()));
    model.addAttribute(
        "page",
        errors.isEmpty()
            ? audit.list(caller.organizationId(), filter, PageRequest.of(query.page(), 50))
            : new PageOf<AuditEntry>(List.of(), 0, 50, 0));
    model.addAttribute("filtered", errors.isEmpty() && !filter.equals(AuditFilter.EVERYTHING));
    model.addAttribute("baseUrl", "/audit?" + query.base());
    model.addAttribute("tooMany", query.tooMany() != null);
    model.addAttribute("exportLimit", EXPORT_LIMIT);
    model.addAttribute("exportUrl", "/audit/export.csv?" + query.base());
    return "audit/audit";
  }

  @GetMapping("/audit/export.csv")
  ResponseEntity<?> export(
      Caller caller, @ModelAttribute("query") AuditQuery query, Locale locale) {
    var errors = new LinkedHashMap<String, String>();
    AuditFilter filter = query.filter(errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The audit filter cannot be read.", errors);
    }
    List<AuditEntry> entries = audit.all(caller.organizationId(), filter, EXPORT_LIMIT + 1);
    if (entries.size() > EXPORT_LIMIT) {
      return ResponseEntity.status(303)
          .location(URI.create("/audit?" + query.base() + "tooMany=1"))
          .build();
    }
    var csv =
        new StringBuilder("when_utc,who,action,action_label,subject_type,subject_id,what,why\n");
    for (AuditEntry e : entries) {
      List<Object> cells = new ArrayList<>();
      cells.add(WHEN.format(e.createdAt()));
      cells.add(e.actorName());
      cells.add(e.action());
      cells.add(messages.getMessage("audit.action." + e.action(), null, e.action(), locale));
      cells.add(e.subjectType());
      cells.add(e.subjectId());
      cells.add(e.summary());
      cells.add(e.reason());
      csv.append(cells.stream().map(CsvCells::cell).collect(Collectors.joining(","))).append('\n');
    }
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
