package com.clearmark.app.enforcement;

import com.clearmark.app.document.Documents;
import com.clearmark.app.document.StoredDocument;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.monitoring.MarketplaceSeller;
import com.clearmark.app.monitoring.MarketplaceSellers;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case queue and each case's page, with the moves a reviewer makes from them. */
@Controller
class CasePageController {

  private final CaseService service;
  private final Captures captures;
  private final MarketplaceSellers sellers;
  private final Documents documents;

  CasePageController(
      CaseService service, Captures captures, MarketplaceSellers sellers, Documents documents) {
    this.service = service;
    this.captures = captures;
    this.sellers = sellers;
    this.documents = documents;
  }

  /** The queue's filters as the query string gives them. */
  record QueueForm(
      CaseStatus status, String marketplace, String mark, String rule, Long seller, String sort) {

    CaseFilter filter() {
      return new CaseFilter(status, marketplace, mark, rule, seller, sort);
    }
  }

  @GetMapping("/cases")
  String queue(Caller caller, @ModelAttribute("form") QueueForm form, Model model) {
    var filter = form.filter();
    var list = service.queue(caller, filter, CaseService.QUEUE_LIMIT);
    Set<Long> sellerIds = new HashSet<>();
    list.forEach(
        c -> {
          if (c.sellerRef() != null) {
            sellerIds.add(c.sellerRef());
          }
        });
    model.addAttribute("nav", "cases");
    model.addAttribute("filter", filter);
    model.addAttribute("cases", list);
    model.addAttribute("sellers", sellersById(caller, sellerIds));
    model.addAttribute("facets", service.facets(caller));
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("orders", List.of("newest", "oldest", "status", "marketplace", "mark"));
    model.addAttribute("canAct", caller.can(Role.REVIEWER));
    model.addAttribute("canDraft", service.noticeDesk().isPresent());
    model.addAttribute("limit", CaseService.QUEUE_LIMIT);
    return "enforcement/cases";
  }

  @PostMapping("/cases/bulk")
  String bulk(
      Caller caller,
      @RequestParam(required = false) CaseService.BulkAction action,
      @RequestParam(name = "ids", required = false) List<Long> ids,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    try {
      var outcome = service.bulk(caller, action, ids, reason);
      if (outcome.noticeId() != null) {
        return "redirect:/notices/" + outcome.noticeId();
      }
      String done =
          outcome.done().size()
              + (outcome.done().size() == 1 ? " case " : " cases ")
              + (action == CaseService.BulkAction.VALIDATE ? "validated" : "dismissed")
              + ".";
      redirect.addFlashAttribute("message", done);
      if (!outcome.refused().isEmpty()) {
        redirect.addFlashAttribute("error", String.join(" ", outcome.refused().values()));
      }
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/cases";
  }

  @GetMapping("/cases/{id}")
  String detail(Caller caller, @PathVariable long id, Model model) {
    var file = service.file(caller, id);
    var c = file.enforcementCase();
    var org = OrganizationId.of(caller.organizationId());
    model.addAttribute("nav", "cases");
    model.addAttribute("file", file);
    model.addAttribute("c", c);
    model.addAttribute("listing", captures.listing(org, c.monitoredListingId()).orElse(null));
    model.addAttribute("capture", captures.find(org, c.captureId()).orElse(null));
    model.addAttribute("findings", captures.findings(org, c.captureId()));
    model.addAttribute(
        "seller", c.sellerRef() == null ? null : sellers.find(org, c.sellerRef()).orElse(null));
    model.addAttribute("moves", file.next().stream().map(CaseStatus::name).toList());
    model.addAttribute("outcomes", CaseStatus.outcomes());
    model.addAttribute("testBuyOutcomes", TestBuyOutcome.values());
    Map<Long, StoredDocument> photos = new HashMap<>();
    file.testBuys()
        .forEach(
            b ->
                b.photoDocumentIds()
                    .forEach(
                        d ->
                            documents
                                .find(caller.organizationId(), d)
                                .ifPresent(doc -> photos.put(d, doc))));
    model.addAttribute("photos", photos);
    model.addAttribute("canAct", caller.can(Role.REVIEWER));
    model.addAttribute("maxMegabytes", Documents.MAX_BYTES >> 20);
    return "enforcement/case";
  }

  record MoveForm(Integer revision, String note) {}

  record DismissForm(Integer revision, String reason, boolean notInfringing) {}

  record OutcomeForm(Integer revision, CaseStatus outcome, String note) {}

  @PostMapping("/cases/{id}/validate")
  String validate(
      Caller caller, @PathVariable long id, @ModelAttribute MoveForm f, RedirectAttributes r) {
    return act(
        id, r, "Case validated.", () -> service.validate(caller, id, f.revision(), f.note()));
  }

  @PostMapping("/cases/{id}/dismiss")
  String dismiss(
      Caller caller, @PathVariable long id, @ModelAttribute DismissForm f, RedirectAttributes r) {
    return act(
        id,
        r,
        f.notInfringing()
            ? "Case dismissed as not infringing; this detection raises no case again."
            : "Case dismissed.",
        () -> service.dismiss(caller, id, f.revision(), f.notInfringing(), f.reason()));
  }

  @PostMapping("/cases/{id}/restore")
  String restore(
      Caller caller, @PathVariable long id, @ModelAttribute MoveForm f, RedirectAttributes r) {
    return act(id, r, "Dismissal undone.", () -> service.restore(caller, id, f.revision()));
  }

  @PostMapping("/cases/{id}/outcome")
  String outcome(
      Caller caller, @PathVariable long id, @ModelAttribute OutcomeForm f, RedirectAttributes r) {
    return act(
        id,
        r,
        "Outcome recorded.",
        () -> service.recordOutcome(caller, id, f.revision(), f.outcome(), f.note()));
  }

  @PostMapping("/cases/{id}/close")
  String close(
      Caller caller, @PathVariable long id, @ModelAttribute MoveForm f, RedirectAttributes r) {
    return act(id, r, "Case closed.", () -> service.close(caller, id, f.revision(), f.note()));
  }

  @PostMapping("/cases/{id}/reenforce")
  String reenforce(
      Caller caller, @PathVariable long id, @ModelAttribute MoveForm f, RedirectAttributes r) {
    try {
      var created = service.reenforce(caller, id, f.note());
      r.addFlashAttribute("message", "Enforced again as this new case.");
      return "redirect:/cases/" + created.id();
    } catch (InvalidInputException | ConflictException e) {
      r.addFlashAttribute("error", e.getMessage());
      return "redirect:/cases/" + id;
    }
  }

  @PostMapping("/cases/{id}/test-buys")
  String testBuy(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String orderId,
      @RequestParam(required = false) LocalDate orderedOn,
      @RequestParam(required = false) TestBuyOutcome outcome,
      @RequestParam(required = false) String note,
      @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
      RedirectAttributes r) {
    return act(
        id,
        r,
        "Test buy recorded.",
        () ->
            service.recordTestBuy(
                caller,
                id,
                new CaseService.TestBuyForm(orderId, orderedOn, outcome, note),
                EnforcementApi.photos(photos)));
  }

  @GetMapping("/cases/{id}/photos/{document}")
  ResponseEntity<Resource> photo(
      Caller caller, @PathVariable long id, @PathVariable long document) {
    return service.photo(caller, id, document).asAttachment();
  }

  private static String act(long id, RedirectAttributes r, String done, Supplier<?> action) {
    try {
      action.get();
      r.addFlashAttribute("message", done);
    } catch (InvalidInputException | ConflictException e) {
      r.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/cases/" + id;
  }

  private Map<Long, MarketplaceSeller> sellersById(Caller caller, Set<Long> ids) {
    Map<Long, MarketplaceSeller> out = new HashMap<>();
    sellers.byIds(OrganizationId.of(caller.organizationId()), ids).forEach(s -> out.put(s.id(), s));
    return out;
  }
}
