package com.lana.checkout.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The server's secret that every PIN is mixed with before it is hashed (see {@link PinHasher}). It is
 * kept outside the database, so that a copy of the database alone (a backup, a dump) is not enough to
 * try PINs against its hashes. It comes from {@code $}{@value #VARIABLE} when that is set, else from
 * a file, by default {@code ~/.lana/pin-pepper}, made with {@value #GENERATED_BYTES} random bytes,
 * readable by its owner only, the first time it is needed. Every server and command that hashes or
 * checks the PINs of one store must use the same pepper. Its {@code toString} never shows it.
 */
public final class Pepper {

    private static final Logger LOG = Logger.getLogger(Pepper.class.getName());

    /** The environment variable that, when set, holds the pepper (at least {@value #MIN_BYTES} bytes). */
    public static final String VARIABLE = "LANA_PIN_PEPPER";
    /** Shortest pepper taken, in bytes: shorter ones are guessable. */
    static final int MIN_BYTES = 16;
    static final int GENERATED_BYTES = 32;

    private final byte[] secret;
    private final String source;

    private Pepper(byte[] secret, String source) {
        this.secret = secret;
        this.source = source;
    }

    /** The default pepper file: {@code ~/.lana/pin-pepper}. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".lana", "pin-pepper");
    }

    /** A pepper of these bytes, for tests and for {@link #load}. */
    static Pepper of(byte[] secret, String source) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("The PIN pepper from " + source + " is " + secret.length
                    + " bytes: it needs at least " + MIN_BYTES);
        }
        return new Pepper(secret.clone(), source);
    }

    /**
     * The pepper from {@code $}{@value #VARIABLE} in {@code environment}, or else from {@code file},
     * which is made (with its folder) when missing; a line is logged saying where.
     *
     * @throws IllegalArgumentException naming the variable or file when the pepper is too short or the
     *     file cannot be read or made
     */
    public static Pepper load(Map<String, String> environment, Path file) {
        String variable = environment.get(VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return of(variable.getBytes(StandardCharsets.UTF_8), "$" + VARIABLE);
        }
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return of(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read or make the PIN pepper file " + file + ": " + e, e);
        }
    }

    /** Where the pepper came from, for messages: the variable's name or the file's path, never its value. */
    public String source() {
        return source;
    }

    byte[] secret() {
        return secret;
    }

    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        byte[] secret = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            // Owner-only from the start where the file system has POSIX permissions, so no one reads it in between.
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return; // made by another command at the same moment: use theirs
        }
        Files.write(file, secret, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        Arrays.fill(secret, (byte) 0);
        LOG.info(() -> "Made the PIN pepper " + file + " (" + GENERATED_BYTES + " random bytes, owner only): every "
                + "server and command that checks this store's PINs needs it; back it up apart from the database");
    }

    @Override
    public String toString() {
        return "Pepper[from " + source + "]";
    }
}
