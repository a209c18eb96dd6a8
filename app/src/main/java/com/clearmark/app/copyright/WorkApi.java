package com.clearmark.app.copyright;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@Tag(
    name = "Works",
    description =
        "The register of protected works (product photos, packaging art, logos, illustrations and"
            + " texts) that screening compares listings with, and the images of listings")
class WorkApi {

  private final WorkService service;

  WorkApi(WorkService service) {
    this.service = service;
  }

  @GetMapping("/api/v1/works")
  @Operation(summary = "Every registered work of the organization, oldest first")
  List<RegisteredWork> list(Caller caller) {
    return service.all(caller);
  }

  @GetMapping("/api/v1/works/{id}")
  RegisteredWork get(Caller caller, @PathVariable long id) {
    return service.get(caller, id);
  }

  @PostMapping(value = "/api/v1/works", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Register a work described in JSON",
      description =
          "kind is PHOTO, PACKAGING, LOGO, ILLUSTRATION or TEXT; a TEXT work carries its text, an"
              + " image work gets its image through POST /api/v1/works/{id}/image. Listings are"
              + " screened again against the register.")
  ResponseEntity<RegisteredWork> add(Caller caller, @RequestBody WorkService.WorkForm form) {
    return ResponseEntity.status(HttpStatus.CREATED).body(service.add(caller, form, null));
  }

  @PostMapping(value = "/api/v1/works", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Register an image work with its file in one request",
      description =
          "Form fields kind, title, owner, description, and the image as file (JPEG, PNG, GIF or"
              + " BMP, judged by its content; at most 10 MB).")
  ResponseEntity<RegisteredWork> upload(
      Caller caller,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String owner,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String text,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    var form =
        new WorkService.WorkForm(WorkService.kindNamed(kind), title, owner, description, text);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(service.add(caller, form, file == null || file.isEmpty() ? null : read(file)));
  }

  @PutMapping("/api/v1/works/{id}")
  @Operation(
      summary = "Correct a work's title, owner, description or text",
      description = "The image stays. With ?revision= (as read) a work changed since answers 409.")
  RegisteredWork correct(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Long revision,
      @RequestBody WorkService.WorkForm form) {
    return service.correct(caller, id, revision, form);
  }

  @DeleteMapping("/api/v1/works/{id}")
  @Operation(summary = "Delete a work registered by mistake; listings stop being compared with it")
  ResponseEntity<Void> delete(
      Caller caller, @PathVariable long id, @RequestParam(required = false) Long revision) {
    service.delete(caller, id, revision);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(value = "/api/v1/works/{id}/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Give an image work its image, or replace it (multipart field file)")
  RegisteredWork image(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Long revision,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    return service.replaceImage(caller, id, revision, read(file));
  }

  @GetMapping("/api/v1/works/{id}/image")
  @Operation(summary = "A work's image, with the type read from its content")
  ResponseEntity<Resource> imageFile(Caller caller, @PathVariable long id) {
    return service.image(caller, id);
  }

  @GetMapping("/api/v1/listings/{id}/images")
  @Operation(summary = "The images uploaded to a listing, in the order it shows them")
  List<ListingImage> listingImages(Caller caller, @PathVariable long id) {
    return service.listingImages(caller, id);
  }

  @PostMapping(
      value = "/api/v1/listings/{id}/images",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Add an image to a listing (multipart field file)",
      description =
          "JPEG, PNG, GIF or BMP, judged by its content; at most 10 MB and 20 images a listing."
              + " The catalogue is screened again, so a copied work shows as a CR_IMAGE finding.")
  ResponseEntity<ListingImage> addListingImage(
      Caller caller,
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(service.addListingImage(caller, id, read(file)));
  }

  @GetMapping("/api/v1/listings/{id}/images/{position}")
  @Operation(summary = "One image of a listing, by its position from 1")
  ResponseEntity<Resource> listingImage(
      Caller caller, @PathVariable long id, @PathVariable int position) {
    return service.listingImageFile(caller, id, position);
  }

  @DeleteMapping("/api/v1/listings/{id}/images/{position}")
  @Operation(summary = "Remove an image from a listing; the images after it move up one place")
  ResponseEntity<Void> removeListingImage(
      Caller caller, @PathVariable long id, @PathVariable int position) {
    service.removeListingImage(caller, id, position);
    return ResponseEntity.noContent().build();
  }

  static ImageUpload read(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("file", "send the image as the multipart field file");
    }
    try (var in = file.getInputStream()) {
      return ImageUpload.read("file", file.getOriginalFilename(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
