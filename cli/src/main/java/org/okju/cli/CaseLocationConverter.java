package org.okju.cli;

import org.okju.casefile.CaseLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --case} text to a {@link CaseLocation}; anything else than a directory or a PostgreSQL URL
 * is refused while the command line is parsed (exit 2).
 */
final class CaseLocationConverter implements ITypeConverter<CaseLocation> {
  @Override
  public CaseLocation convert(String value) {
    try {
      return CaseLocation.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
