package io.repwise.gateway.system;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Whether percent-encoded text decodes to valid UTF-8. {@link java.net.URLDecoder} replaces what
 * it cannot decode and says nothing, so {@code %ED%A0%80} (half of a surrogate pair) passed the
 * gateway and reached a service, whose server then answered 400 with an HTML page.
 */
final class PercentEncoding {

	private PercentEncoding() {
	}

	static boolean isUtf8(String encoded) {
		if (encoded.indexOf('%') < 0) {
			return true;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
						|| !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
					return false;
				}
				bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
