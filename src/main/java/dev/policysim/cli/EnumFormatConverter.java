package dev.policysim.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --format} value into a command's format enum, in any case, and names the formats
 * that command accepts when the value is none of them ("'yaml' is not a format; use text or json").
 * picocli instantiates converters by their class, so each command declares a one-line subclass
 * naming its enum.
 * @param <F> the command's format enum
 */
abstract class EnumFormatConverter<F extends Enum<F>> implements ITypeConverter<F> {

	private final Class<F> formats;

	EnumFormatConverter(Class<F> formats) {
		this.formats = formats;
	}

	@Override
	public F convert(String value) {
		for (F candidate : this.formats.getEnumConstants()) {
			if (candidate.name().equals(value.toUpperCase(Locale.ROOT))) {
				return candidate;
			}
		}
		throw new TypeConversionException("'" + value + "' is not a format; use " + choices());
	}

	/** The formats in declaration order as a sentence: "text, json or sarif". */
	private String choices() {
		List<String> names = Arrays.stream(this.formats.getEnumConstants())
			.map((format) -> format.name().toLowerCase(Locale.ROOT))
			.toList();
		int last = names.size() - 1;
		return (last == 0) ? names.get(0) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
	}

}
