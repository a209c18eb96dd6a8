package com.clearmark.app.copyright;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@Tag(name = "Monitoring", description = "Third-party listings captured for brand protection")
class CaptureImageApi {

  private final CaptureImageService service;

  CaptureImageApi(CaptureImageService service) {
    this.service = service;
  }

  /** An image as added, and the snapshot screened with it (null when the listing has none). */
  record AddedImage(CaptureImage image, Long snapshotId) {}

  @GetMapping("/api/v1/monitoring/listings/{id}/images")
  @Operation(
      summary = "The images given for a watched listing, in the order it shows them",
      description = "404 when the organization monitors no listing of that id.")
  List<CaptureImage> list(Caller caller, @PathVariable long id) {
    return service.of(caller, id);
  }

  @PostMapping(
      value = "/api/v1/monitoring/listings/{id}/images",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Give an image of a watched listing (multipart field file)",
      description =
          "Captures carry no images and the service fetches none: send each image the listing"
              + " shows, one a request, in its order. JPEG, PNG, GIF or BMP, judged by its"
              + " content; at most 10 MB and 20 images a listing. The listing's latest snapshot is"
              + " screened again as a new snapshot, so an image copying one of the"
              + " organization's image works is a CR_IMAGE finding naming the work and"
              + " images[N], and opens or updates a case as any capture's finding does."
              + " Reviewers and admins; 404 for another organization's listing.",
      responses = {
        @ApiResponse(responseCode = "201", description = "The image was added"),
        @ApiResponse(
            responseCode = "400",
            description = "Not an image, unreadable, too large, or the listing has 20 already"),
        @ApiResponse(responseCode = "404", description = "No such watched listing"),
        @ApiResponse(
            responseCode = "409",
            description = "Another image of the listing was added at the same moment; send again")
      })
  ResponseEntity<AddedImage> add(
      Caller caller,
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    var added = service.add(caller, id, WorkApi.read(file));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new AddedImage(added.image(), added.snapshotId().orElse(null)));
  }
}
