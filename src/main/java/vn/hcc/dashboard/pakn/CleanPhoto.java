package vn.hcc.dashboard.pakn;

/** A photo decoded and written again: only its pixels are left, no metadata. */
public record CleanPhoto(String contentType, int width, int height, byte[] bytes) {
}
