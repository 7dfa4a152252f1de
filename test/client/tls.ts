/**
 * A self-signed certificate and its key, for TLS test servers only (never trusted anywhere): the
 * proxied sessions must be `wss://`, since plaintext never goes through a proxy. SANs: voicelive.test,
 * localhost, 127.0.0.1, ::1; valid for 100 years. Made with
 * `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 -subj /CN=voicelive.test
 * -addext subjectAltName=DNS:voicelive.test,DNS:localhost,IP:127.0.0.1,IP:::1`.
 */
export const TEST_TLS = {
  key: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg1/cC7MlwBAlEDQRY
L1PnK2RY7mkuxehOsqLas5L9qimhRANCAAQ97sKqLw8lpmTaYUgVc9DYYnNe1Pqp
wJx8JbJ3r/YuzcwRgE9zAtbxXu2J8DPwp930N1A5Zjh33mvSRoa1aVdF
-----END PRIVATE KEY-----
`,
  cert: `-----BEGIN CERTIFICATE-----
MIIByTCCAW+gAwIBAgIUc40c5tbzFtP18sLrmYuoOvz32kMwCgYIKoZIzj0EAwIw
GTEXMBUGA1UEAwwOdm9pY2VsaXZlLnRlc3QwIBcNMjYxMjAzMDAxMjIxWhgPMjEy
NjExMDkwMDEyMjFaMBkxFzAVBgNVBAMMDnZvaWNlbGl2ZS50ZXN0MFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAEPe7Cqi8PJaZk2mFIFXPQ2GJzXtT6qcCcfCWyd6/2
Ls3MEYBPcwLW8V7tifAz8Kfd9DdQOWY4d95r0kaGtWlXRaOBkjCBjzAdBgNVHQ4E
FgQU9+pjLe5x8p3ewDp/Ca5ZzE9CShUwHwYDVR0jBBgwFoAU9+pjLe5x8p3ewDp/
Ca5ZzE9CShUwDwYDVR0TAQH/BAUwAwEB/zA8BgNVHREENTAzgg52b2ljZWxpdmUu
dGVzdIIJbG9jYWxob3N0hwR/AAABhxAAAAAAAAAAAAAAAAAAAAABMAoGCCqGSM49
BAMCA0gAMEUCIDHWR11zgSGlIgCAa+GYFmLB+IIbLglOBYBeCSh/zON+AiEA286M
3Jea9ydU7aSs40VMFXvQ2zQa5N6iJ/WsXPh9/oQ=
-----END CERTIFICATE-----
`,
};
