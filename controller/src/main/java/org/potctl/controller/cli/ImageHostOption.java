package org.potctl.controller.cli;

import org.potctl.schema.bind.ImageUrlHost;
import org.potctl.schema.bind.Outcome;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads each {@code --allow-image-host HOST} as an image URL's host is read ({@link ImageUrlHost}),
 * to its canonical form, so {@code 127.1} allows {@code http://127.0.0.1/}; a host that is neither
 * an address nor a DNS name is a usage error.
 */
final class ImageHostOption implements ITypeConverter<String> {

  @Override
  public String convert(String value) {
    Outcome<ImageUrlHost> host = ImageUrlHost.of(value);
    if (!host.isOk()) {
      throw new TypeConversionException("--allow-image-host " + host.problem());
    }
    return host.get().canonical();
  }
}
