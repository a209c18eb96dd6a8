package com.clearmark.app.copyright;

/**
 * An image kept for a work or a listing: the name it was uploaded under (shown only), its type as
 * read from its content, its size and SHA-256.
 */
record StoredImage(String originalName, String type, long sizeBytes, String sha256) {

  static StoredImage of(ImageUpload upload) {
    return new StoredImage(upload.name(), upload.type().id, upload.bytes().length, upload.sha256());
  }

  String mediaType() {
    return ImageUpload.ImageType.of(type).mediaType;
  }
}
