package com.lana.checkout.client.link;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.ApprovalRequiredException;
import com.lana.checkout.api.staff.Till;

import java.rmi.RemoteException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Calls a clerk may need a manager's approval for: the call goes first without one; when the server
 * answers {@link ApprovalRequiredException}, the {@link Approver} asks a manager on the spot, and the
 * same call goes again through the clerk's session with the {@link Approval}. An approval the server
 * does not take (not a manager, a wrong PIN) is asked for again, with the server's words, until the
 * clerk gives up; then the call is refused with them. Use on the UI thread.
 */
public final class ApprovalCalls {

    /** A call that can carry a manager's approval. */
    @FunctionalInterface
    public interface ApprovableCall<T> {
        /**
         * @param service the service, or the clerk's session once signed in
         * @param approval null the first time; then the manager's approval the server asked for
         */
        T call(CheckoutService service, Approval approval) throws RemoteException, CheckoutException;

        /** {@code service} as the clerk's session, which the overloads taking an approval are on. */
        static Till session(CheckoutService service) {
            if (service instanceof Till till) {
                return till;
            }
            throw new IllegalStateException("An approval is sent through a clerk's session, and none is signed in");
        }
    }

    /** Asks a manager for an approval; told on the UI thread. */
    @FunctionalInterface
    public interface Approver {
        /**
         * Asks for an approval of what {@code needed} says, answering it to {@code answer}, or null
         * when the clerk gave up.
         *
         * @param refusal why the approval given last was not taken, or null the first time
         */
        void ask(ApprovalRequiredException needed, String refusal, Consumer<Approval> answer);
    }

    private final ServerLink link;
    private Approver approver;

    ApprovalCalls(ServerLink link) {
        this.link = Objects.requireNonNull(link, "link");
    }

    void approver(Approver asking) {
        approver = Objects.requireNonNull(asking, "asking");
    }

    <T> void call(ApprovableCall<T> call, ServerLink.Reply<T> reply) {
        send(call, null, reply);
    }

    private <T> void send(ApprovableCall<T> call, Approval approval, ServerLink.Reply<T> reply) {
        link.call(false, service -> call.call(service, approval), new ServerLink.Reply<>() {
            @Override
            public void answered(T result) {
                reply.answered(result);
            }

            @Override
            public void refused(CheckoutException e) {
                if (e instanceof ApprovalRequiredException needed && approver != null && link.session() != null) {
                    String refusal = approval == null ? null : e.getMessage();
                    approver.ask(needed, refusal, given -> {
                        if (given == null) {
                            reply.refused(new ApprovalRequiredException(needed.action(), "no manager approved "
                                    + needed.action()));
                        } else {
                            send(call, given, reply);
                        }
                    });
                } else {
                    reply.refused(e);
                }
            }

            @Override
            public void failed(Exception e) {
                reply.failed(e);
            }
        });
    }
}
