package org.potctl.schema.validate;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.bind.ImageUrlHost;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.ImageRef;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * A pot is made from exactly one of {@code base}, {@code image} or {@code template}; a clone takes
 * its type from what it is cloned from; image URLs, names and tags are what {@code pot import}
 * fetches safely (a {@code file://} directory under an allowed root, an http or https host not the
 * pot host's own, {@link ImageUrlHost}); a template chain inside the spec has no cycle.
 */
final class SourceRules implements SpecRule {

  private static final List<String> SOURCES = List.of(Fields.BASE, Fields.IMAGE, Fields.TEMPLATE);
  private static final Pattern URL =
      Pattern.compile("^(https?|file)://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]*$");
  private static final Pattern IMAGE_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{0,54}$");
  private static final Pattern TAG = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    Map<String, Declared> pots = ctx.declarations().pots();
    for (Declared pot : pots.values()) {
      List<String> given = SOURCES.stream().filter(f -> !pot.field(f).isMissingNode()).toList();
      if (given.isEmpty()) {
        out.add(
            Diagnostic.error(
                "pots." + pot.name(),
                "a pot needs one of base, image or template",
                pot.keyLocation()));
      }
      for (String extra : given.subList(Math.min(1, given.size()), given.size())) {
        error(pot, pot.at(extra), extra + " and " + given.get(0) + " exclude each other", out);
      }
      boolean clone = given.contains(Fields.IMAGE) || given.contains(Fields.TEMPLATE);
      if (clone && !pot.field(Fields.TYPE).isMissingNode()) {
        error(
            pot,
            pot.at(Fields.TYPE),
            "a pot cloned from an image or a template has the type of what it is cloned from",
            out);
      }
      checkImage(pot, ctx, out);
      checkTemplate(pot, pots, out);
    }
  }

  private static void checkImage(Declared pot, CheckContext ctx, Diagnostics.Builder out) {
    JsonNode image = pot.field(Fields.IMAGE);
    if (!image.isObject()) {
      return;
    }
    if (matches(pot, Fields.URL, URL, "must be an http, https or file URL", out)) {
      String url = image.path(Fields.URL).stringValue();
      (url.startsWith(ImageRef.FILE_SCHEME)
              ? fileUrl(url, ctx.allowedHostDirs())
              : ImageUrlHost.problem(url, ctx.allowedImageHosts()))
          .ifPresent(p -> error(pot, pot.at(Fields.IMAGE, Fields.URL), p, out));
    }
    boolean name =
        matches(pot, Fields.NAME, IMAGE_NAME, "must be a pot name (letters, digits, _ . -)", out);
    boolean tag = matches(pot, Fields.TAG, TAG, "must be letters, digits, _ . - (at most 64)", out);
    String local =
        (image.path(Fields.NAME).asString("") + "_" + image.path(Fields.TAG).asString(""))
            .replace('.', '_');
    if (name && tag && !NameRules.NAME.matcher(local).matches()) {
      error(
          pot,
          pot.at(Fields.IMAGE),
          "pot import names the imported pot " + Text.quote(local) + ", which is no valid pot name",
          out);
    }
  }

  /**
   * Why a {@code file://} image URL is refused: pot's {@code fetch} reads its directory on the host
   * as root, so it is held to the rules of a {@code dir} mount (a safe absolute path under an
   * allowed root, no query, fragment or percent-escape that {@code fetch} would decode).
   */
  private static Optional<String> fileUrl(String url, List<Path> roots) {
    if (!url.startsWith(ImageRef.FILE_SCHEME)) {
      return Optional.empty();
    }
    String dir = url.substring(ImageRef.FILE_SCHEME.length());
    Optional<String> unsafe = SafePath.absoluteProblem(dir);
    if (unsafe.isPresent()) {
      return Optional.of(
          "the directory of a file URL (file:///DIR, no '?', '#' or '%') "
              + unsafe.get()
              + ", got "
              + Text.quote(url));
    }
    if (roots.stream().noneMatch(Path.of(dir)::startsWith)) {
      return Optional.of(
          "the directory "
              + dir
              + " of a file URL is not under an allowed root ("
              + String.join(", ", roots.stream().map(Path::toString).toList())
              + "); pot import reads it on the host: add one with --allow-host-dir");
    }
    return Optional.empty();
  }

  /** Whether the field is a string matching {@code pattern}; reports one that does not. */
  private static boolean matches(
      Declared pot, String field, Pattern pattern, String rule, Diagnostics.Builder out) {
    JsonNode value = pot.field(Fields.IMAGE).path(field);
    if (value.isString() && !pattern.matcher(value.stringValue()).matches()) {
      error(pot, pot.at(Fields.IMAGE, field), rule + ", got " + Messages.describe(value), out);
      return false;
    }
    return value.isString();
  }

  private static void checkTemplate(
      Declared pot, Map<String, Declared> pots, Diagnostics.Builder out) {
    JsonNode template = pot.field(Fields.TEMPLATE);
    if (!template.isString()) {
      return;
    }
    String name = template.stringValue();
    if (!NameRules.NAME.matcher(name).matches()) {
      error(
          pot,
          pot.at(Fields.TEMPLATE),
          "must be a pot name, got " + Messages.describe(template),
          out);
      return;
    }
    Set<String> seen = new HashSet<>(List.of(pot.name()));
    for (String at = name; pots.containsKey(at); ) {
      if (!seen.add(at)) {
        error(pot, pot.at(Fields.TEMPLATE), "the template chain comes back to pot " + at, out);
        return;
      }
      JsonNode next = pots.get(at).field(Fields.TEMPLATE);
      at = next.isString() ? next.stringValue() : "";
    }
    Declared spec = pots.get(name);
    if (spec != null && spec.field(Fields.TYPE).asString("single").equals("multi")) {
      error(pot, pot.at(Fields.TEMPLATE), "template " + name + " must be a single pot", out);
    }
  }

  private static void error(Declared d, JsonPath path, String message, Diagnostics.Builder out) {
    out.add(Diagnostic.error(path.toString(), message, d.locate(path)));
  }
}
