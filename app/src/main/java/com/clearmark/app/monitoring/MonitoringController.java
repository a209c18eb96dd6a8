package com.clearmark.app.monitoring;

import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.FormDates;
import com.clearmark.app.web.PageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring pages: imports and recent captures, one snapshot, one listing's history, the
 * authorized sellers and reference prices, and a seller's contact data. Removals ask first: by the
 * browser when JavaScript runs (the request then says {@code confirmed=true}), else by a page.
 */
@Controller
class MonitoringController {

  private static final int RECENT = 100;

  private final Captures captures;
  private final MarketplaceSellers sellers;
  private final AuthorizedSellers authorized;
  private final ReferencePrices prices;
  private final MonitoringLists lists;
  private final MonitoringImports imports;
  private final SellerContacts contacts;
  private final Jobs jobs;

  MonitoringController(
      Captures captures,
      MarketplaceSellers sellers,
      AuthorizedSellers authorized,
      ReferencePrices prices,
      MonitoringLists lists,
      MonitoringImports imports,
      SellerContacts contacts,
      Jobs jobs) {
    this.captures = captures;
    this.sellers = sellers;
    this.authorized = authorized;
    this.prices = prices;
    this.lists = lists;
    this.imports = imports;
    this.contacts = contacts;
    this.jobs = jobs;
  }

  /** What a confirmation page asks, and where its form goes on. */
  record Confirmation(
      String question, String detail, String action, String button, String cancelUrl) {}

  /** The filter of the recent captures table; blank means any. */
  record CaptureFilter(String decision, String marketplace) {}

  @GetMapping("/monitoring")
  String overview(Caller caller, @ModelAttribute CaptureFilter filter, Model model) {
    var org = org(caller);
    var recent =
        captures.recent(
            org,
            new Captures.Filter(filter.marketplace(), filter.decision(), null, null),
            Captures.Sort.RECEIVED,
            RECENT);
    var sellerIds =
        recent.captures().stream()
            .map(Capture::sellerRef)
            .filter(s -> s != null)
            .distinct()
            .toList();
    Map<Long, MarketplaceSeller> byId =
        sellers.byIds(org, sellerIds).stream()
            .collect(java.util.stream.Collectors.toMap(MarketplaceSeller::id, s -> s));
    model.addAttribute("nav", "monitoring");
    model.addAttribute("filter", filter);
    model.addAttribute("recent", recent);
    model.addAttribute("sellers", byId);
    model.addAttribute("marketplaces", captures.marketplaces(org));
    model.addAttribute(
        "jobs",
        jobs.list(caller.organizationId(), JobKind.MONITORING_IMPORT, PageRequest.of(0, 10))
            .items());
    model.addAttribute("canImport", caller.can(Role.REVIEWER));
    return "monitoring/monitoring";
  }

  @PostMapping("/monitoring")
  String upload(
      Caller caller,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("error", "Choose a marketplace-listing file to import.");
      return "redirect:/monitoring";
    }
    try (var in = file.getInputStream()) {
      var job = imports.submit(caller, file.getOriginalFilename(), in);
      return "redirect:/imports/" + job.id();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.fields().values().iterator().next());
      return "redirect:/monitoring";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/monitoring/captures/{id}")
  String capture(Caller caller, @PathVariable long id, Model model) {
    var org = org(caller);
    var capture = captures.find(org, id).orElseThrow(() -> new NotFoundException("capture", id));
    model.addAttribute("nav", "monitoring");
    model.addAttribute("capture", capture);
    model.addAttribute("findings", captures.findings(org, id));
    model.addAttribute(
        "seller",
        capture.sellerRef() == null ? null : sellers.find(org, capture.sellerRef()).orElse(null));
    model.addAttribute("history", captures.history(org, capture.monitoredListingId()));
    return "monitoring/capture";
  }

  @GetMapping("/monitoring/listings/{id}")
  String listing(Caller caller, @PathVariable long id, Model model) {
    var org = org(caller);
    var listing = captures.listing(org, id).orElseThrow(() -> new NotFoundException("listing", id));
    model.addAttribute("nav", "monitoring");
    model.addAttribute("listing", listing);
    model.addAttribute(
        "seller",
        listing.sellerRef() == null ? null : sellers.find(org, listing.sellerRef()).orElse(null));
    model.addAttribute("history", captures.history(org, id));
    return "monitoring/listing";
  }

  @GetMapping("/monitoring/authorized-sellers")
  String authorizedSellers(Caller caller, Model model) {
    model.addAttribute("nav", "monitoring");
    model.addAttribute("authorized", authorized.all(org(caller)));
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    return "monitoring/authorized-sellers";
  }

  /** The add form as typed; dates are text so a wrong one is named, not a binding error. */
  record SellerFields(
      String marketplace,
      String sellerId,
      String sellerName,
      String validFrom,
      String validUntil,
      String note) {}

  @PostMapping("/monitoring/authorized-sellers")
  String addAuthorizedSeller(
      Caller caller, @ModelAttribute SellerFields fields, RedirectAttributes redirect) {
    try {
      var form =
          new AuthorizedSellerForm(
              fields.marketplace(),
              fields.sellerId(),
              fields.sellerName(),
              FormDates.parse("validFrom", fields.validFrom()),
              FormDates.parse("validUntil", fields.validUntil()),
              fields.note());
      lists.addSeller(caller, form);
      redirect.addFlashAttribute("message", "Seller authorized.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", problem(e));
    }
    return "redirect:/monitoring/authorized-sellers";
  }

  @PostMapping("/monitoring/authorized-sellers/{id}/delete")
  String removeAuthorizedSeller(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirmed,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var seller =
        authorized
            .find(org(caller), id)
            .orElseThrow(() -> new NotFoundException("authorized seller", id));
    if (!"true".equals(confirmed)) {
      return confirm(
          model,
          new Confirmation(
              "Remove this authorized seller?",
              seller.marketplace()
                  + " seller "
                  + seller.sellerId()
                  + " is no longer authorized; its later captures are not flagged as authorized."
                  + " Snapshots already taken keep what they recorded.",
              "/monitoring/authorized-sellers/" + id + "/delete",
              "Remove",
              "/monitoring/authorized-sellers"));
    }
    lists.removeSeller(caller, id);
    redirect.addFlashAttribute("message", "Authorization removed.");
    return "redirect:/monitoring/authorized-sellers";
  }

  @GetMapping("/monitoring/reference-prices")
  String referencePrices(Caller caller, Model model) {
    model.addAttribute("nav", "monitoring");
    model.addAttribute("prices", prices.all(org(caller)));
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    return "monitoring/reference-prices";
  }

  /** The add form as typed; the price is text so a wrong one is named. */
  record PriceFields(String brand, String product, String price, String currency) {}

  @PostMapping("/monitoring/reference-prices")
  String addReferencePrice(
      Caller caller, @ModelAttribute PriceFields fields, RedirectAttributes redirect) {
    try {
      BigDecimal price;
      try {
        price =
            fields.price() == null || fields.price().isBlank()
                ? null
                : new BigDecimal(fields.price().strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("price", "write the price as a number such as 129.00");
      }
      lists.addPrice(
          caller,
          new ReferencePriceForm(fields.brand(), fields.product(), price, fields.currency()));
      redirect.addFlashAttribute("message", "Reference price added.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", problem(e));
    }
    return "redirect:/monitoring/reference-prices";
  }

  @PostMapping("/monitoring/reference-prices/{id}/delete")
  String removeReferencePrice(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirmed,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var price =
        prices.all(org(caller)).stream()
            .filter(p -> p.id() == id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("reference price", id));
    if (!"true".equals(confirmed)) {
      return confirm(
          model,
          new Confirmation(
              "Remove this reference price?",
              "Captures of "
                  + price.brand()
                  + " are no longer compared with "
                  + ContentHash.price(price.price())
                  + " "
                  + price.currency()
                  + ". Snapshots already taken keep their findings.",
              "/monitoring/reference-prices/" + id + "/delete",
              "Remove",
              "/monitoring/reference-prices"));
    }
    lists.removePrice(caller, id);
    redirect.addFlashAttribute("message", "Reference price removed.");
    return "redirect:/monitoring/reference-prices";
  }

  @GetMapping(value = "/monitoring/sellers/{id}/contact.json", produces = "application/json")
  @ResponseBody
  ResponseEntity<SellerContacts.Contact> contactExport(Caller caller, @PathVariable long id) {
    var contact = contacts.export(caller, id);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"seller-" + id + "-contact.json\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(contact);
  }

  @PostMapping("/monitoring/sellers/{id}/erase-contact")
  String eraseContact(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    if (!"yes".equals(confirm)) {
      sellers.find(org(caller), id).orElseThrow(() -> new NotFoundException("seller", id));
      redirect.addFlashAttribute(
          "error", "Tick the confirmation to erase the seller's address, phone and email.");
      return "redirect:/sellers/" + id;
    }
    contacts.erase(caller, id);
    redirect.addFlashAttribute("message", "The seller's contact data was erased.");
    return "redirect:/sellers/" + id;
  }

  private static String confirm(Model model, Confirmation confirmation) {
    model.addAttribute("nav", "monitoring");
    model.addAttribute("confirmation", confirmation);
    return "monitoring/confirm";
  }

  private static String problem(InvalidInputException e) {
    var first = e.fields().entrySet().iterator().next();
    return first.getKey() + ": " + first.getValue();
  }

  private static OrganizationId org(Caller caller) {
    return OrganizationId.of(caller.organizationId());
  }
}
