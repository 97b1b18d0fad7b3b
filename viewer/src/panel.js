// The side panel: the export's name, files loaded, bytes, errors. Counts come from the browser's
// own resource timing, so glTF buffers and images fetched by the loaders count too.

const VIEWER_ASSETS = '/.itwin-mesh/view/';
const MAX_LISTED_ERRORS = 20;

export function createPanel() {
	const el = ( id ) => document.getElementById( id );
	const state = { files: 0, bytes: 0, errors: [], tilesLoaded: 0, ready: false, notice: '' };

	const render = () => {
		el( 'files' ).textContent = state.files.toLocaleString( 'en' );
		el( 'bytes' ).textContent = formatBytes( state.bytes );
		el( 'error-count' ).textContent = String( state.errors.length );
		el( 'notice' ).textContent = state.notice;
	};

	const observer = new PerformanceObserver( ( list ) => {
		for ( const entry of list.getEntries() ) {
			if ( new URL( entry.name ).pathname.startsWith( VIEWER_ASSETS ) ) continue;
			const status = entry.responseStatus;
			if ( status !== undefined && status !== 0 && ( status < 200 || status > 299 ) ) continue;
			state.files += 1;
			state.bytes += entry.encodedBodySize || entry.transferSize || 0;
		}
		render();
	} );
	performance.setResourceTimingBufferSize( 100000 );
	observer.observe( { type: 'resource', buffered: true } );

	return {
		state,
		setName( name, mode ) {
			el( 'name' ).textContent = name;
			el( 'mode' ).textContent = mode;
			document.title = `${ name } - itwin-mesh view`;
		},
		setNotice( text ) {
			state.notice = text || '';
			render();
		},
		addError( text ) {
			state.errors.push( text );
			const list = el( 'errors' );
			if ( list.children.length < MAX_LISTED_ERRORS ) {
				const item = document.createElement( 'li' );
				item.textContent = text;
				list.appendChild( item );
			}
			render();
		},
		tileLoaded() {
			state.tilesLoaded += 1;
		},
	};
}

export function formatBytes( n ) {
	const units = [ 'B', 'kB', 'MB', 'GB', 'TB' ];
	let i = 0;
	while ( n >= 1000 && i < units.length - 1 ) {
		n /= 1000;
		i += 1;
	}
	return `${ i === 0 ? n : n.toFixed( 1 ) } ${ units[ i ] }`;
}
