package io.repwise.gateway.client;

import java.net.InetAddress;
import java.util.List;

import io.netty.util.NetUtil;

/**
 * The proxies whose {@code X-Forwarded-For} the gateway believes, as CIDR blocks
 * ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) or single addresses. No Spring in it; addresses are
 * parsed as literals only (Netty's parser), never looked up in DNS, so a header cannot make the
 * gateway resolve a name.
 */
public final class TrustedProxies {

	private final List<Block> blocks;

	private TrustedProxies(List<Block> blocks) {
		this.blocks = blocks;
	}

	/** Parses the blocks; a malformed one is a configuration error, reported at start-up. */
	public static TrustedProxies of(List<String> cidrs) {
		return new TrustedProxies(cidrs.stream().map(String::trim).filter((cidr) -> !cidr.isEmpty()).map(Block::parse).toList());
	}

	public boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		return this.blocks.stream().anyMatch((block) -> block.contains(bytes));
	}

	/** An IP literal, or null for anything else (a name, garbage, an empty hop). */
	static InetAddress literal(String text) {
		String candidate = text.trim();
		if (candidate.startsWith("[") && candidate.endsWith("]")) {
			candidate = candidate.substring(1, candidate.length() - 1);
		}
		byte[] bytes = NetUtil.createByteArrayFromIpAddressString(candidate);
		if (bytes == null) {
			return null;
		}
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (java.net.UnknownHostException ex) {
			return null; // not reachable: the length is 4 or 16
		}
	}

	private record Block(byte[] network, int prefix) {

		static Block parse(String cidr) {
			int slash = cidr.indexOf('/');
			InetAddress address = literal((slash < 0) ? cidr : cidr.substring(0, slash));
			if (address == null) {
				throw new IllegalArgumentException("Not an IP address or CIDR block: " + cidr);
			}
			int bits = address.getAddress().length * 8;
			int prefix;
			try {
				prefix = (slash < 0) ? bits : Integer.parseInt(cidr.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Not a CIDR prefix length: " + cidr, ex);
			}
			if (prefix < 0 || prefix > bits) {
				throw new IllegalArgumentException("Prefix length out of range in " + cidr);
			}
			return new Block(address.getAddress(), prefix);
		}

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int whole = this.prefix / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xFF << (8 - rest)) & 0xFF;
			return (address[whole] & mask) == (this.network[whole] & mask);
		}

	}

}
