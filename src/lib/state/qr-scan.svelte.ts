type Status = 'idle' | 'starting' | 'scanning' | 'failed';

interface Detector {
	detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

/** The browser's own QR reader (Chrome on Android), when it has one. */
async function nativeDetector(): Promise<Detector | null> {
	const Native = (globalThis as { BarcodeDetector?: { new (o: { formats: string[] }): Detector; getSupportedFormats?: () => Promise<string[]> } })
		.BarcodeDetector;
	if (!Native) return null;
	const formats = (await Native.getSupportedFormats?.()) ?? [];
	return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
}

/**
 * A reader over canvas frames with the decoder the app ships (loaded only when first needed).
 * jsQR, not @paulmillr/qr's decoder: that one could not read about 3% of the version-15 codes
 * the app itself draws, even as a clean image (qr-size.test.ts reads them back with jsQR).
 */
async function bundledDetector(): Promise<Detector> {
	const { default: jsQR } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	return {
		async detect(video) {
			if (!context || video.videoWidth === 0) return [];
			canvas.width = video.videoWidth;
			canvas.height = video.videoHeight;
			context.drawImage(video, 0, 0);
			const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
			// null: no code in this frame, the usual case while the camera is being aimed.
			const found = jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
			return found ? [{ rawValue: found.data }] : [];
		}
	};
}

const FRAME_MS = 250;

/**
 * Reads QR codes with the camera, one after the other, each text reported once. Works offline:
 * the browser's own reader where there is one, else the decoder bundled with the app.
 */
export class QrScan {
	#status = $state<Status>('idle');
	#message = $state('');
	#count = $state(0);
	#stream: MediaStream | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#seen = new Set<string>();

	get status(): Status {
		return this.#status;
	}
	get message(): string {
		return this.#message;
	}
	/** Codes read since the camera was started. */
	get count(): number {
		return this.#count;
	}

	async start(video: HTMLVideoElement, onCode: (text: string) => void): Promise<void> {
		if (this.#status === 'starting' || this.#status === 'scanning') return;
		this.#status = 'starting';
		this.#message = '';
		try {
			if (!navigator.mediaDevices?.getUserMedia) throw new Error('this browser gives web pages no camera here');
			const detector = (await nativeDetector()) ?? (await bundledDetector());
			this.#stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
			video.srcObject = this.#stream;
			await video.play();
			this.#status = 'scanning';
			this.#message = 'Point the camera at a result QR code.';
			const loop = async () => {
				if (this.#status !== 'scanning') return;
				for (const { rawValue } of await detector.detect(video).catch(() => [])) {
					if (this.#seen.has(rawValue)) continue;
					this.#seen.add(rawValue);
					this.#count++;
					this.#message = `Read ${this.#count} ${this.#count === 1 ? 'code' : 'codes'}. Point the camera at the next one.`;
					onCode(rawValue);
				}
				this.#timer = setTimeout(loop, FRAME_MS);
			};
			void loop();
		} catch (error) {
			this.stop();
			this.#status = 'failed';
			const denied = error instanceof DOMException && error.name === 'NotAllowedError';
			this.#message = denied
				? 'The camera was not allowed. Allow it in the browser’s site settings, or paste the codes or open the files instead.'
				: `The camera could not be started: ${error instanceof Error ? error.message : String(error)}. Paste the codes or open the files instead.`;
		}
	}

	stop(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		if (this.#status !== 'failed') this.#status = 'idle';
	}
}
