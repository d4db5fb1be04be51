package org.potctl.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A pot image published by {@code pot export}: the files {@code <url>/<name>_<tag>.xz} with its
 * {@code .xz.skein} (and {@code .xz.meta}, {@code .xz.skein.sig}).
 *
 * @param url the base URL the files are fetched from ({@code pot import -U})
 * @param name the exported pot's name ({@code pot import -p})
 * @param tag the image tag ({@code pot import -t})
 */
public record ImageRef(String url, String name, String tag) {

  public ImageRef {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tag, "tag");
  }

  /** The pot {@code pot import} creates: {@code <name>_<tag>} with every dot made an underscore. */
  public String localName() {
    return (name + "_" + tag).replace('.', '_');
  }

  /** The scheme of a URL on the host's own file system. */
  public static final String FILE_SCHEME = "file://";

  /**
   * The host directory a {@code file://} URL names ({@code file:///srv/images} is {@code
   * /srv/images}), which pot's {@code fetch} reads; empty for http and https.
   */
  public Optional<String> fileDirectory() {
    return url.startsWith(FILE_SCHEME)
        ? Optional.of(url.substring(FILE_SCHEME.length()))
        : Optional.empty();
  }

  /** The image file name, {@code <name>_<tag>.xz}. */
  public String fileName() {
    return name + "_" + tag + ".xz";
  }
}
