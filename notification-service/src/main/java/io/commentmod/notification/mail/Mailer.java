package io.commentmod.notification.mail;

/** Sends one email. Implementations throw an unchecked exception when the message was not accepted. */
public interface Mailer {

    void send(OutgoingMail mail);
}
