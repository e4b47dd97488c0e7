import { describe, expect, it } from 'vitest';
import { htmlToText } from './plain-text';

describe('htmlToText', () => {
	it('turns block tags into line breaks and drops the others', () => {
		expect(htmlToText('<div>One <b>bold</b></div><div>Two<br>Three</div>').text).toBe('One bold\nTwo\nThree');
	});
	it('decodes entities after the tags are gone, so escaped markup stays text', () => {
		expect(htmlToText('&lt;b&gt; &amp; caf&eacute; &#x41;').text).toBe('<b> & café A');
	});
	it('counts pictures and sounds', () => {
		expect(htmlToText('Dog <img src="dog.jpg"> [sound:bark.mp3]')).toEqual({ text: 'Dog', media: 2 });
	});
	it('drops scripts and styles with their content', () => {
		expect(htmlToText('a<style>.x{color:red}</style>b<script>alert(1)</script>c').text).toBe('abc');
	});
	it('keeps a lone "<" that opens no tag', () => {
		expect(htmlToText('1 < 2').text).toBe('1 < 2');
	});
});
