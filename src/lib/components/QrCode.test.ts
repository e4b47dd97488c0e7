import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import QrCode from './QrCode.svelte';

describe('QrCode', () => {
	it('draws the code as one SVG path, with its version', () => {
		render(QrCode, { text: 'https://x.example/a#a1.abc', maxVersion: 15, label: 'QR code of the link', tooBig: 'Too long' });
		const image = screen.getByRole('img', { name: 'QR code of the link' });
		expect(image.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
		expect(screen.getByText(/QR code version 2 \(25×25\)/)).toBeInTheDocument();
	});

	it('says why when the text needs a larger code than can be read', () => {
		render(QrCode, { text: 'x'.repeat(600), maxVersion: 15, label: 'QR code', tooBig: 'This link is too long for a QR code.' });
		expect(screen.queryByRole('img')).toBeNull();
		expect(screen.getByRole('note')).toHaveTextContent('This link is too long for a QR code.');
	});
});
