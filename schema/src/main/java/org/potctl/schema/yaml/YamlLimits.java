package org.potctl.schema.yaml;

/**
 * Bounds on one Potfile. Real Potfiles are far below all of them.
 *
 * @param maxCodePoints the largest file, in code points
 * @param maxDepth the deepest nesting of mappings and sequences
 * @param maxAliases the most alias references
 * @param maxNodes the most nodes after alias expansion
 * @param maxScalarLength the longest scalar, in characters
 */
public record YamlLimits(
    int maxCodePoints, int maxDepth, int maxAliases, int maxNodes, int maxScalarLength) {

  /** The limits potctl uses. */
  public static YamlLimits defaults() {
    return new YamlLimits(4 << 20, 32, 64, 250_000, 16 * 1024);
  }
}
