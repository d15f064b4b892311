package org.lbkit.share.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jcifs.smb.SmbException;
import jcifs.smb.SmbUnsupportedOperationException;
import jcifs.util.transport.ConnectionTimeoutException;
import jcifs.util.transport.TransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lbkit.share.ShareFailure;

final class SmbErrorsTest {

    @ParameterizedTest
    @CsvSource({
        "C000006D, BAD_CREDENTIALS",
        "C0000234, ACCOUNT_RESTRICTED",
        "C00000CC, SHARE_NOT_FOUND",
        "C0000022, ACCESS_DENIED",
        "C0000034, NOT_FOUND",
        "C0000035, ALREADY_EXISTS",
        "C0000043, SHARING_VIOLATION",
        "C000007F, DISK_FULL",
        "C0000033, INVALID_NAME",
        "C00000C9, CONNECTION_LOST"})
    void classify_ntStatus_mapsToFailure(String status, ShareFailure expected) {
        int code = Integer.parseUnsignedInt(status, 16);

        SmbErrors.Classified classified = SmbErrors.classify(new SmbException(code, false));

        assertThat(classified.failure()).isEqualTo(expected);
        assertThat(classified.ntStatus()).isEqualTo(code);
    }

    @Test
    void classify_unknownHostCause_unknownHost() {
        SmbException error = new SmbException("Failed to connect to server", new UnknownHostException("fs01"));

        assertThat(SmbErrors.classify(error).failure()).isEqualTo(ShareFailure.UNKNOWN_HOST);
    }

    @Test
    void classify_connectExceptionCause_connectionRefused() {
        SmbException error = new SmbException("Failed to connect",
                new TransportException(new ConnectException("Connection refused")));

        assertThat(SmbErrors.classify(error).failure()).isEqualTo(ShareFailure.CONNECTION_REFUSED);
    }

    @Test
    void classify_timeoutCauses_timeout() {
        SmbException connect = new SmbException("Failed to connect",
                new ConnectionTimeoutException("Connection timeout"));
        SmbException read = new SmbException("Transport failed", new SocketTimeoutException("Read timed out"));

        assertThat(SmbErrors.classify(connect).failure()).isEqualTo(ShareFailure.TIMEOUT);
        assertThat(SmbErrors.classify(read).failure()).isEqualTo(ShareFailure.TIMEOUT);
    }

    @Test
    void classify_encryptionUnsupported_encryptionRequired() {
        SmbException error = new SmbUnsupportedOperationException("Server requires encryption, not yet supported.");

        assertThat(SmbErrors.classify(error).failure()).isEqualTo(ShareFailure.ENCRYPTION_REQUIRED);
    }

    @Test
    void classify_plainMessage_ioError() {
        assertThat(SmbErrors.classify(new SmbException("something odd")).failure()).isEqualTo(ShareFailure.IO_ERROR);
    }
}
