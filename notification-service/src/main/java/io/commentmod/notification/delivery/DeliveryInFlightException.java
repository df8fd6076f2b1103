package io.commentmod.notification.delivery;

/**
 * Another attempt holds a live claim on this delivery (a rebalance handed the event to two consumers, or an earlier
 * attempt is still waiting for the SMTP server). Retryable: by the next attempt it is sent, or its claim expired.
 */
class DeliveryInFlightException extends RuntimeException {

    DeliveryInFlightException(String message) {
        super(message);
    }
}
