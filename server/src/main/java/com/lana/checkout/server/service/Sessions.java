package com.lana.checkout.server.service;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.shift.TillId;
import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.ApprovalRequiredException;
import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.InvalidPinException;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.api.staff.SignInRefusedException;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.server.security.ClerkAuthenticator;
import com.lana.checkout.server.security.Permissions;
import com.lana.checkout.server.security.SignInPolicy;
import com.lana.checkout.server.store.AuditTrail;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.StoredClerk;

import java.rmi.RemoteException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The clerks signed in at this server's tills: signs them in with {@link ClerkAuthenticator}, hands each
 * a {@link TillSession} made reachable by the {@link SessionExporter}, ends sessions at sign-out or after
 * {@link SignInPolicy#idleTimeout()} unused, checks managers' approvals against {@link Permissions}, and
 * writes all of it to the store's {@link AuditTrail}: sign-ins, failed ones and lockouts (never a PIN),
 * sign-outs, guarded actions with who approved them, and refused approvals. Thread-safe.
 */
public final class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class.getName());

    private final CheckoutServiceImpl service;
    private final ShiftDesk shifts;
    private final ClerkStore clerks;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInPolicy settings;
    private final SessionExporter exporter;
    private final CallingTerminal terminal;
    private final Map<String, TillSession> open = new ConcurrentHashMap<>();
    private volatile ClerkAuthenticator authenticator;   // made on first use: it needs the pepper

    /**
     * Sessions doing what they do through {@code service} and its shift desk, writing to {@code store}'s
     * audit trail, at the till each caller names.
     */
    public Sessions(CheckoutServiceImpl service, CheckoutStore store, Clock clock, SignInPolicy settings,
                    SessionExporter exporter) {
        this(service, store, clock, settings, exporter, CallingTerminal.UNPROVEN);
    }

    /**
     * Sessions as above, where a terminal whose connection proves its identity ({@code terminal}) signs
     * in only at the till its certificate names.
     */
    public Sessions(CheckoutServiceImpl service, CheckoutStore store, Clock clock, SignInPolicy settings,
                    SessionExporter exporter, CallingTerminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.service = Objects.requireNonNull(service, "service");
        this.shifts = service.shifts();
        this.clerks = store.clerks();
        this.audit = store.audit();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    /**
     * Signs {@code clerk} in at {@code till} with {@code pin}, writing the attempt to the audit trail,
     * and answers their session, exported. When the caller's connection proves which terminal it is
     * (mutual TLS), {@code till} must be the till its certificate names, checked before the PIN.
     *
     * @throws SignInRefusedException when the name or PIN is wrong, or the clerk is locked or disabled;
     *     or, with reason {@link SignInRefusedException.Reason#WRONG_TILL}, when the terminal's certificate
     *     names another till or none
     * @throws InvalidPinException when {@code pin} cannot be a PIN
     */
    public Till signIn(String till, String clerk, String pin) throws CheckoutException, RemoteException {
        for (String given : new String[] {till, clerk, pin}) {
            if (given != null && given.length() > ClerkName.MAX_LENGTH) {
                throw new InvalidRequestException("A till, clerk name or PIN that long is too long to sign in with");
            }
        }
        try {
            TillId.require(till);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        requireCertifiedTill(till, clerk);
        Clerk signedIn;
        try {
            signedIn = authenticator().authenticate(clerk, pin == null ? null : pin.toCharArray());
        } catch (SignInRefusedException e) {
            AuditAction action = e.reason() == SignInRefusedException.Reason.LOCKED
                    ? AuditAction.LOCKED_OUT : AuditAction.SIGN_IN_FAILED;
            record(till, knownName(clerk), action, null, null, null, shortened(e.getMessage()));
            throw e;
        } catch (InvalidPinException e) {
            record(till, knownName(clerk), AuditAction.SIGN_IN_FAILED, null, null, null, "not a PIN");
            throw e;
        }
        TillSession session = new TillSession(this, service, shifts, till, signedIn, clock.millis());
        record(till, signedIn.name().display(), AuditAction.SIGN_IN, null, null, null, null);
        open.put(session.id(), session);
        try {
            return exporter.export(session);
        } catch (RemoteException | RuntimeException e) {
            open.remove(session.id());
            throw e;
        }
    }

    /**
     * Refuses, audited as a failed sign-in, a terminal whose connection proves it is another till than
     * {@code till}: its certificate's CN is the till's id.
     */
    private void requireCertifiedTill(String till, String clerk) throws SignInRefusedException,
            StoreUnavailableException {
        String certified;
        try {
            certified = terminal.certifiedName().orElse(null);
        } catch (SignInRefusedException e) {
            record(till, knownName(clerk), AuditAction.SIGN_IN_FAILED, null, null, null, shortened(e.getMessage()));
            throw e;
        }
        if (certified == null || certified.equals(till)) {
            return;
        }
        boolean namesATill = isTillId(certified);
        String why = namesATill
                ? "This terminal's certificate is for till " + certified + ", not " + till + ": sign in at till "
                        + certified
                : "This terminal's certificate (CN=" + printable(certified) + ") names no till, so it cannot "
                        + "sign in at till " + till + ": give it a certificate whose CN is its till id";
        LOG.warning(() -> "Sign-in refused: " + why);
        record(namesATill ? certified : till, knownName(clerk), AuditAction.SIGN_IN_FAILED, null, null, null,
                shortened(why));
        throw new SignInRefusedException(SignInRefusedException.Reason.WRONG_TILL, why);
    }

    /** At most 40 characters of {@code text}, control characters dropped, for a message and the audit trail. */
    private static String printable(String text) {
        return text.codePoints().filter(cp -> !Character.isISOControl(cp)).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean isTillId(String text) {
        try {
            TillId.require(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Ends every session unused longer than the idle timeout, and every session of a clerk disabled
     * (or gone) since signing in, and unexports ended ones; answers how many ended.
     */
    public int expireIdle() {
        return expireUnused() + endDisabled();
    }

    private int expireUnused() {
        long cutoff = clock.millis() - settings.idleTimeout().toMillis();
        int expired = 0;
        for (TillSession session : List.copyOf(open.values())) {
            try {
                if (session.expireIfIdleSince(cutoff)) {
                    expired++;
                }
            } catch (StoreUnavailableException e) {
                LOG.warning("Session expiry could not write the audit trail; will try again: " + e.getMessage());
                continue;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Session expiry failed; will try again", e);
                continue;
            }
            if (session.ended()) {
                forget(session);
            }
        }
        return expired;
    }

    /**
     * Ends the sessions of clerks that may no longer sign in: {@code clerks disable} may have run
     * against the store while they were signed in, here or at another server sharing it. One read
     * of the clerks per sweep, whatever the number of sessions.
     */
    private int endDisabled() {
        if (open.isEmpty()) {
            return 0;
        }
        Map<ClerkName, Clerk> stored = new HashMap<>();
        try {
            for (StoredClerk clerk : clerks.list()) {
                stored.put(clerk.clerk().name(), clerk.clerk());
            }
        } catch (StoreUnavailableException e) {
            LOG.warning("Could not read the clerks to end disabled ones' sessions; will try again: " + e.getMessage());
            return 0;
        }
        int ended = 0;
        for (TillSession session : List.copyOf(open.values())) {
            Clerk now = stored.get(session.signedIn().name());
            if (now != null && !now.disabled()) {
                continue;
            }
            try {
                if (session.endBecause(now == null ? "the clerk is no longer in the store" : "the clerk was disabled")) {
                    ended++;
                }
            } catch (StoreUnavailableException e) {
                LOG.warning("Ending a disabled clerk's session could not write the audit trail: " + e.getMessage());
            }
            forget(session);
        }
        return ended;
    }

    /** The sessions open now. */
    public int size() {
        return open.size();
    }

    /** Ends every session without writing to the audit trail: the server is stopping. */
    public void closeAll() {
        for (TillSession session : List.copyOf(open.values())) {
            session.markEnded();
            forget(session);
        }
    }

    SignInPolicy settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    List<AuditEntry> auditOf(LocalDate day) throws StoreUnavailableException {
        return audit.day(day);
    }

    /** Makes {@code session}, which has ended, unreachable. */
    void forget(TillSession session) {
        if (open.remove(session.id(), session)) {
            exporter.unexport(session);
        }
    }

    /**
     * Who approved {@code action} at {@code session}: null when the session's clerk needs no approval,
     * else the manager whose approval is good.
     *
     * @param what the action as the clerk would say it ({@code refund S-000001}), for the messages
     * @param touched what the action touches, as the audit trail names it
     * @throws ApprovalRequiredException naming the action when an approval is needed and missing or not
     *     good; a refused approval is written to the audit trail
     */
    String approvedBy(TillSession session, Permissions.Guarded action, String what, String touched, Money amount,
                      Approval approval) throws CheckoutException {
        Role role = session.signedIn().role();
        if (!settings.permissions().needsApproval(role, action, amount)) {
            return null;
        }
        String needs = capitalized(what) + " needs a manager's approval";
        if (approval == null) {
            throw new ApprovalRequiredException(what, needs + ": ask a manager and send it again with "
                    + "Approval.of(manager, pin)");
        }
        String why;
        try {
            Clerk manager = authenticator().authenticate(approval.manager(), approval.pin().toCharArray());
            if (manager.role() == Role.MANAGER) {
                return manager.name().display();
            }
            why = manager.name().display() + " is not a manager";
        } catch (SignInRefusedException e) {
            why = e.reason() == SignInRefusedException.Reason.LOCKED ? e.getMessage()
                    : "the manager's name or PIN is wrong, or they may no longer approve";
        } catch (InvalidPinException e) {
            why = "the manager's PIN is not a PIN";
        }
        session.record(AuditAction.APPROVAL_REFUSED, touched, amount, null, shortened(why));
        throw new ApprovalRequiredException(what, needs + ": " + why);
    }

    /** Appends an entry at {@code till} by {@code clerk}, dated now. */
    void record(String till, String clerk, AuditAction action, String touched, Money amount, String approvedBy,
                String reason) throws StoreUnavailableException {
        audit.append(new AuditEntry(LocalDateTime.now(clock), till, clerk, action, touched, amount, approvedBy,
                reason));
    }

    private ClerkAuthenticator authenticator() {
        ClerkAuthenticator made = authenticator;
        if (made == null) {
            synchronized (this) {
                made = authenticator;
                if (made == null) {
                    made = new ClerkAuthenticator(clerks, settings.hasher().get(), clock);
                    authenticator = made;
                }
            }
        }
        return made;
    }

    /** The display name of the clerk called {@code typed}, or null when nobody is (a typed name is never audited). */
    private String knownName(String typed) throws StoreUnavailableException {
        try {
            return clerks.find(ClerkName.of(typed)).map(found -> found.clerk().name().display()).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String shortened(String text) {
        return text.length() <= AuditEntry.REASON_LENGTH ? text : text.substring(0, AuditEntry.REASON_LENGTH);
    }
}
