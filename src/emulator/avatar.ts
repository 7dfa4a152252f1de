/** The avatar handshake: the emulator answers `session.avatar.connect` with an SDP, but streams no avatar. */
import { Buffer } from "node:buffer";
import { isObject } from "./wire.js";

/**
 * An SDP answer for `session.avatar.connect`. The avatar samples send the offer as base64 of
 * `{"type":"offer","sdp":…}`; an offer in that form gets an answer in the same form, a plain SDP a
 * plain SDP. No media ever flows.
 */
export function fakeSdpAnswer(clientSdp: string): string {
  const sdp = [
    "v=0",
    `o=- ${Date.now()} 2 IN IP4 127.0.0.1`,
    "s=voicelive-emulator",
    "t=0 0",
    "a=group:BUNDLE 0 1",
    "m=audio 9 UDP/TLS/RTP/SAVPF 111",
    "c=IN IP4 0.0.0.0",
    "a=mid:0",
    "a=sendrecv",
    "a=rtpmap:111 opus/48000/2",
    "m=video 9 UDP/TLS/RTP/SAVPF 96",
    "c=IN IP4 0.0.0.0",
    "a=mid:1",
    "a=sendonly",
    "a=rtpmap:96 H264/90000",
    "",
  ].join("\r\n");
  try {
    const offer: unknown = JSON.parse(Buffer.from(clientSdp, "base64").toString("utf8"));
    if (isObject(offer) && typeof offer.sdp === "string") return Buffer.from(JSON.stringify({ type: "answer", sdp })).toString("base64");
  } catch {
    // a plain SDP offer
  }
  return sdp;
}
