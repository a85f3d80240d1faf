package de.wesermarsch.wegweiser.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who a request counts against in the limits: the client's address as the server sees it (behind a trusted proxy,
 * the address the proxy saw: {@link TrustedProxies}), and for IPv6 its /64 network, because one connection to
 * the internet gets a whole /64 and could otherwise take a new address for every request. The key is a salted
 * hash (the salt is new at every start), so no address is kept, even in memory.
 */
@Component
final class ClientKey {

	private final byte[] salt = new byte[16];

	ClientKey() {
		new SecureRandom().nextBytes(salt);
	}

	String of(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		InetAddress address = remote == null ? null : remote.getAddress();
		return hash(address == null ? new byte[0] : network(address));
	}

	/** The bytes that tell clients apart: all of an IPv4 address, the first 64 bits of an IPv6 address. */
	static byte[] network(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			return Arrays.copyOf(bytes, 8);
		}
		return address instanceof Inet4Address ? bytes : new byte[0];
	}

	private String hash(byte[] network) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			return HexFormat.of().formatHex(digest.digest(network), 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
