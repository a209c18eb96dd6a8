package com.clearmark.app.web;

/** A requested page, clamped to sane bounds: page from 0, size 1 to 500 (default 50). */
public record PageRequest(int page, int size) {

  public PageRequest {
    page = Math.max(0, page);
    size = size <= 0 ? 50 : Math.min(size, 500);
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? 50 : size);
  }

  public long offset() {
    return (long) page * size;
  }
}
