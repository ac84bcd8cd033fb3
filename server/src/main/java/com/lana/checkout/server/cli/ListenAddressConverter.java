package com.lana.checkout.server.cli;

import picocli.CommandLine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * An address to listen on as people type it: {@code PORT} (this machine only, loopback),
 * {@code HOST:PORT}, {@code [IPv6]:PORT}, or {@code 0.0.0.0:PORT} for every interface.
 */
public final class ListenAddressConverter implements CommandLine.ITypeConverter<InetSocketAddress> {

    @Override
    public InetSocketAddress convert(String value) {
        String text = value.strip();
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? null : text.substring(0, colon);
        String portText = text.substring(colon + 1);
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not [HOST:]PORT, e.g. 9464 or 0.0.0.0:9464");
        }
        if (!Launcher.isPort(port)) {
            throw new CommandLine.TypeConversionException("'" + value + "': the port must be 1-65535, was " + port);
        }
        if (host == null) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new CommandLine.TypeConversionException("'" + value + "' names no host before the ':'");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': " + host + " is not an address of this machine");
        }
    }
}
