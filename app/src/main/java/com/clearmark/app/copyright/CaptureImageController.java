package com.clearmark.app.copyright;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.PageUploads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The images of a watched third-party listing, shown and added from the monitored listing's page:
 * the page is monitoring's, its image form posts here.
 */
@Controller
class CaptureImageController {

  private final CaptureImageService service;

  CaptureImageController(CaptureImageService service) {
    this.service = service;
  }

  @GetMapping("/monitoring/listings/{id}/images")
  String images(Caller caller, @PathVariable long id, Model model) {
    model.addAttribute("nav", "monitoring");
    model.addAttribute("listingId", id);
    model.addAttribute("images", service.of(caller, id));
    model.addAttribute("canUpload", caller.can(Role.REVIEWER));
    model.addAttribute("maxMegabytes", ImageUpload.MAX_BYTES >> 20);
    model.addAttribute("mostImages", FieldLimits.IMAGES_PER_LISTING);
    return "copyright/capture-images";
  }

  @PostMapping("/monitoring/listings/{id}/images")
  String add(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    service.of(caller, id);
    PageUploads.attach(
        file,
        "Choose the image file first.",
        redirect,
        (name, in) -> {
          var added = service.add(caller, id, ImageUpload.read("file", name, in));
          return "Image "
              + added.image().position()
              + " added"
              + added
                  .snapshotId()
                  .map(s -> "; the latest snapshot was screened again as snapshot #" + s + ".")
                  .orElse("; the listing's next snapshot is compared with your works.");
        });
    return "redirect:/monitoring/listings/" + id + "/images";
  }

  @GetMapping("/monitoring/listings/{id}/images/{position}")
  ResponseEntity<Resource> image(Caller caller, @PathVariable long id, @PathVariable int position) {
    return service.file(caller, id, position);
  }
}
