package de.wesermarsch.wegweiser.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.BiFunction;

import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.NetUtil;
import reactor.netty.http.server.ConnectionInfo;

/**
 * The client's address behind a reverse proxy, believed only from the proxies in configuration
 * ({@code wegweiser.trusted-proxies}): for a connection from one of them, the rightmost address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy; for any other connection, the connection's own
 * address, whatever the request's headers say. A rotating {@code X-Forwarded-For} therefore gives no new identity,
 * and nothing else of the forwarded headers is used (absolute addresses come from {@code wegweiser.public-url}).
 * Addresses are read as literals only, never looked up in DNS.
 */
final class TrustedProxies implements BiFunction<ConnectionInfo, HttpRequest, ConnectionInfo> {

	private final List<Network> proxies;

	TrustedProxies(List<String> proxies) {
		this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(Network::parse).toList();
	}

	@Override
	public ConnectionInfo apply(ConnectionInfo info, HttpRequest request) {
		InetSocketAddress remote = info.getRemoteAddress();
		if (proxies.isEmpty() || remote == null || remote.getAddress() == null || !trusted(remote.getAddress())) {
			return info;
		}
		List<String> hops = request.headers().getAll("X-Forwarded-For");
		String[] addresses = String.join(",", hops).split(",");
		for (int i = addresses.length - 1; i >= 0; i--) {
			InetAddress hop = literal(addresses[i].strip());
			if (hop == null) {
				return info;
			}
			if (!trusted(hop)) {
				return info.withRemoteAddress(new InetSocketAddress(hop, remote.getPort()));
			}
		}
		return info;
	}

	private boolean trusted(InetAddress address) {
		return proxies.stream().anyMatch(p -> p.contains(address));
	}

	/** An IPv4 or IPv6 literal, or null: never a DNS lookup of what a client wrote. */
	static InetAddress literal(String text) {
		byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text.startsWith("[") && text.endsWith("]")
				? text.substring(1, text.length() - 1) : text);
		try {
			return bytes == null ? null : InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException impossible) {
			return null;
		}
	}

	/**
	 * An address or a network in CIDR notation. (Spring Security's {@code IpAddressMatcher} would do, but its
	 * signature needs the servlet API on the class path.)
	 */
	record Network(byte[] prefix, int bits) {

		static Network parse(String text) {
			int slash = text.indexOf('/');
			InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
			if (address == null) {
				throw new IllegalArgumentException("wegweiser.trusted-proxies: '" + text + "' is not an address or network.");
			}
			int bits = slash < 0 ? address.getAddress().length * 8 : Integer.parseInt(text.substring(slash + 1));
			return new Network(address.getAddress(), bits);
		}

		boolean contains(InetAddress address) {
			byte[] bytes = address.getAddress();
			if (bytes.length != prefix.length) {
				return false;
			}
			for (int bit = 0; bit < bits; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

}
